// Every figure annotation in the library, with its document and the period its sentence gives it.
import { suggestFacts } from '../../shared/extract/fact-suggester';
import { FIGURE_TYPES, type FigureType } from '../../shared/model/annotation';
import { spanKey, suggestionId, type AnnotationRecord, type DocumentRecord } from '../../shared/model/records';
import type { WorkbenchDb } from './database';

export type FigureRecord = Extract<AnnotationRecord, { type: FigureType }>;

export interface FigureRow {
  figure: FigureRecord;
  document: DocumentRecord;
  startDate?: string;
  endDate?: string;
}

const isFigure = (a: AnnotationRecord): a is FigureRecord => (FIGURE_TYPES as readonly string[]).includes(a.type);

export class FiguresRepo {
  constructor(private readonly db: WorkbenchDb) {}

  /**
   * Kept figures (accepted or marked by hand) and, when asked, open suggestions, up to `limit`; rejected
   * ones never. Periods are read for the rows returned only (their documents' texts are loaded).
   */
  async list(options: { includeSuggestions: boolean; limit: number }): Promise<FigureRow[]> {
    const rows = await this.db.annotations.where('type').anyOf([...FIGURE_TYPES]).toArray();
    const figures: FigureRecord[] = rows.filter((a): a is FigureRecord => isFigure(a) && a.status !== 'rejected');
    if (options.includeSuggestions && figures.length < options.limit) {
      const decided = new Set((await this.db.annotations.toArray()).map((a) => `${a.docId}|${spanKey(a)}`));
      await this.db.suggestions.each((set) => {
        if (figures.length >= options.limit) return;
        for (const item of set.items) {
          if (!(FIGURE_TYPES as readonly string[]).includes(item.type) || decided.has(`${set.docId}|${spanKey(item)}`)) continue;
          const id = suggestionId(set.docId, item);
          figures.push({ ...item, id, docId: set.docId, status: 'suggested', createdAt: set.createdAt, updatedAt: set.createdAt } as FigureRecord);
        }
      });
    }
    const shown = figures.slice(0, options.limit);
    const docIds = [...new Set(shown.map((f) => f.docId))];
    const docs = new Map((await this.db.documents.bulkGet(docIds)).filter((d): d is DocumentRecord => !!d).map((d) => [d.id, d]));
    const periods = await this.periods(docIds);
    return shown
      .filter((f) => docs.has(f.docId))
      .map((figure) => ({ figure, document: docs.get(figure.docId)!, ...periods.get(`${figure.docId}|${figure.start}:${figure.end}`) }));
  }

  /** The period each figure's sentence (or paragraph) states, from the fact suggester, by document and span. */
  private async periods(docIds: string[]): Promise<Map<string, { startDate?: string; endDate?: string }>> {
    const out = new Map<string, { startDate?: string; endDate?: string }>();
    const texts = await this.db.texts.bulkGet(docIds);
    const sets = await this.db.suggestions.bulkGet(docIds);
    for (let i = 0; i < docIds.length; i++) {
      const text = texts[i]?.text;
      if (!text) continue;
      const rows = await this.db.annotations.where('docId').equals(docIds[i]).toArray();
      const spans = [...(sets[i]?.items ?? []), ...rows.filter((r) => r.status !== 'rejected')];
      for (const fact of suggestFacts(text, spans)) {
        if (fact.startDate) out.set(`${docIds[i]}|${fact.figure.start}:${fact.figure.end}`, { startDate: fact.startDate, endDate: fact.endDate });
      }
    }
    return out;
  }
}
