// Confirmed facts: by document for the reader, and joined with their figures for charts.
import type { ChartFact } from '../../shared/charts/chart-fact';
import { FIGURE_TYPES } from '../../shared/model/annotation';
import type { AnnotationRecord, FactRecord } from '../../shared/model/records';
import type { AnnotationsRepo } from './annotations-repo';
import type { WorkbenchDb } from './database';

export class FactsRepo {
  constructor(
    private readonly db: WorkbenchDb,
    private readonly annotations: AnnotationsRepo,
  ) {}

  forDocument(docId: string): Promise<FactRecord[]> {
    return this.db.facts.where('docId').equals(docId).toArray();
  }

  async put(...facts: FactRecord[]): Promise<void> {
    await this.db.facts.bulkPut(facts);
  }

  async delete(...ids: string[]): Promise<void> {
    await this.db.facts.bulkDelete(ids);
  }

  /** Every fact whose figure is still kept, with the figure's value, unit and qualifier, for charts. */
  async chartFacts(): Promise<ChartFact[]> {
    const facts = await this.db.facts.toArray();
    const byDoc = new Map<string, AnnotationRecord[]>();
    for (const docId of new Set(facts.map((f) => f.docId))) byDoc.set(docId, await this.annotations.forDocument(docId));
    const out: ChartFact[] = [];
    for (const f of facts) {
      const figure = byDoc.get(f.docId)?.find((a) => a.id === f.annotationId);
      if (!figure || figure.status === 'rejected' || !(FIGURE_TYPES as readonly string[]).includes(figure.type) || !('value' in figure)) continue;
      out.push({
        id: f.id,
        measure: f.measure,
        subject: f.subject,
        counterpart: f.counterpart,
        value: figure.value,
        valueMax: figure.valueMax,
        unit: figure.unit,
        qualifier: figure.qualifier,
        startDate: f.startDate,
        endDate: f.endDate,
        periodKind: f.periodKind,
        docId: f.docId,
        quote: figure.quote,
        annotationId: figure.id,
      });
    }
    return out;
  }
}
