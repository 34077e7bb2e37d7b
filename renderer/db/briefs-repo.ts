// Briefs: the analyst's documents for a director, and everything needed to render one (texts, annotations, facts, citations).
import type { ChartFact } from '../../shared/charts/chart-fact';
import { MEASURES, type AnnotationRecord, type BriefItem, type BriefRecord, type DocumentWithText, type FactRecord } from '../../shared/model/records';
import type { AnnotationsRepo } from './annotations-repo';
import type { WorkbenchDb } from './database';
import type { DocumentsRepo } from './documents-repo';
import type { FactsRepo } from './facts-repo';

/** What a brief needs to be drawn: its record, the cited documents with their annotations, and the facts. */
export interface BriefContent {
  brief: BriefRecord;
  documents: Map<string, DocumentWithText>;
  annotations: Map<string, AnnotationRecord[]>;
  facts: FactRecord[];
  chartFacts: ChartFact[];
}

const CURRENT = 'briefs.current';

export class BriefsRepo {
  constructor(
    private readonly db: WorkbenchDb,
    private readonly documents: DocumentsRepo,
    private readonly annotations: AnnotationsRepo,
    private readonly facts: FactsRepo,
  ) {}

  list(): Promise<BriefRecord[]> {
    return this.db.briefs.orderBy('updatedAt').reverse().toArray();
  }

  get(id: string): Promise<BriefRecord | undefined> {
    return this.db.briefs.get(id);
  }

  async put(brief: BriefRecord): Promise<void> {
    await this.db.briefs.put(brief);
    await this.db.settings.put({ key: CURRENT, value: brief.id });
  }

  /**
   * Changes a brief from its stored state, in one transaction: edits made in quick succession (title,
   * then author, then summary) each build on the last instead of overwriting it with a stale copy.
   */
  async update(id: string, change: (b: BriefRecord) => Partial<BriefRecord>): Promise<void> {
    await this.db.transaction('rw', this.db.briefs, this.db.settings, async () => {
      const brief = await this.db.briefs.get(id);
      if (brief) await this.put({ ...brief, ...change(brief), updatedAt: new Date().toISOString() });
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.briefs.delete(id);
  }

  async create(title: string, now = new Date().toISOString()): Promise<BriefRecord> {
    const brief: BriefRecord = { id: crypto.randomUUID(), title, summary: '', items: [], createdAt: now, updatedAt: now };
    await this.put(brief);
    return brief;
  }

  /** The brief the analyst worked on last, where "Add to brief" puts things; a new one when there is none. */
  async current(newTitle: string): Promise<BriefRecord> {
    const id = (await this.db.settings.get(CURRENT))?.value as string | undefined;
    return (id && (await this.get(id))) || this.create(newTitle);
  }

  /** Appends an item to the current brief; returns the brief as it was, for undo. */
  async addToCurrent(item: BriefItem, newTitle: string): Promise<{ before: BriefRecord; after: BriefRecord }> {
    const before = await this.current(newTitle);
    const after = { ...before, items: [...before.items, item], updatedAt: new Date().toISOString() };
    await this.put(after);
    return { before, after };
  }

  async content(id: string): Promise<BriefContent | undefined> {
    const brief = await this.get(id);
    if (!brief) return undefined;
    const chartFacts = await this.facts.chartFacts();
    const cited = new Set(brief.items.flatMap((i) => (i.kind === 'excerpt' ? [i.docId] : [])));
    const allFacts = await this.db.facts.toArray();
    const measureOrder = (m: string) => MEASURES.indexOf(m as (typeof MEASURES)[number]);
    const facts = (cited.size ? allFacts.filter((f) => cited.has(f.docId)) : allFacts).sort(
      (a, b) => measureOrder(a.measure) - measureOrder(b.measure) || (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.id.localeCompare(b.id),
    );
    // Documents: those excerpted, those whose facts are listed or charted.
    for (const f of facts) cited.add(f.docId);
    for (const i of brief.items) if (i.kind === 'chart') for (const f of chartFacts) if (f.measure === i.measure) cited.add(f.docId);
    const documents = new Map<string, DocumentWithText>();
    const annotations = new Map<string, AnnotationRecord[]>();
    for (const docId of cited) {
      const doc = await this.documents.getWithText(docId);
      if (!doc) continue;
      documents.set(docId, doc);
      annotations.set(docId, await this.annotations.forDocument(docId));
    }
    return { brief, documents, annotations, facts, chartFacts };
  }
}
