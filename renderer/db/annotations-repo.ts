// Annotations of one document: the analyst's rows merged with the extractors' suggestion set, in text order.
import type { ExtractedAnnotation } from '../../shared/model/annotation';
import { spanKey, suggestionId, type AnnotationRecord, type SuggestionSet } from '../../shared/model/records';
import type { WorkbenchDb } from './database';
import { EntitiesRepo, type LinkEffect } from './entities-repo';

export class AnnotationsRepo {
  /**
   * Suggestion sets by document, as last read: a long report's set holds over 10,000 items and reading
   * it again after every accept or mark cost most of the time the reader took to answer. Any write to a
   * set in this window (import, extract again, delete, restore) drops its entry.
   */
  private readonly sets = new Map<string, SuggestionSet | undefined>();

  constructor(
    private readonly db: WorkbenchDb,
    /** The registry every kept entity annotation links to as it is stored. */
    readonly entities: EntitiesRepo = new EntitiesRepo(db),
  ) {
    const drop = (key: unknown) => void this.sets.delete(String(key));
    db.suggestions.hook('creating', (key, obj) => drop(key ?? obj.docId));
    db.suggestions.hook('updating', (_mods, key) => drop(key));
    db.suggestions.hook('deleting', (key) => drop(key));
  }

  private async suggestionSet(docId: string): Promise<SuggestionSet | undefined> {
    // Counting keeps a live query watching this document's set without reading its items again.
    const present = await this.db.suggestions.where('docId').equals(docId).count();
    if (!present) return undefined;
    if (!this.sets.has(docId)) this.sets.set(docId, await this.db.suggestions.get(docId));
    return this.sets.get(docId);
  }

  /**
   * Every annotation of the document: its rows (manual, accepted, rejected, edited) and the suggestions
   * no row has decided yet (same type and span), the latter with status `suggested` and a stable id.
   */
  async forDocument(docId: string): Promise<AnnotationRecord[]> {
    const [rows, set] = await Promise.all([this.db.annotations.where('docId').equals(docId).toArray(), this.suggestionSet(docId)]);
    const decided = new Set(rows.map(spanKey));
    const open: AnnotationRecord[] = (set?.items ?? [])
      .filter((s) => !decided.has(spanKey(s)))
      .map((s) => ({ ...s, id: suggestionId(docId, s), docId, status: 'suggested', createdAt: set!.createdAt, updatedAt: set!.createdAt }));
    return [...rows, ...open].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  get(id: string): Promise<AnnotationRecord | undefined> {
    return this.db.annotations.get(id);
  }

  /**
   * Stores records as rows. A still-open suggestion (status `suggested`, a suggestion id) lives in its
   * document's set, so putting one back (an undone accept or reject) removes its row instead. Kept
   * entity annotations are linked to the registry in the same transaction (EntitiesRepo.link); what
   * that did comes back, for an undo to hand to EntitiesRepo.revertLink.
   */
  async put(...records: AnnotationRecord[]): Promise<LinkEffect> {
    const open = (r: AnnotationRecord) => r.status === 'suggested' && r.id === suggestionId(r.docId, r);
    return this.db.transaction('rw', this.db.annotations, this.db.entities, async () => {
      const { records: rows, effect } = await this.entities.link(records.filter((r) => !open(r)));
      await this.db.annotations.bulkPut(rows);
      await this.db.annotations.bulkDelete(records.filter(open).map((r) => r.id));
      return effect;
    });
  }

  /**
   * Removes annotations. One that a suggestion also proposes is kept as `rejected` instead, so the
   * suggestion does not come back; restoring the records (undo) puts them back as they were.
   */
  async remove(records: AnnotationRecord[]): Promise<void> {
    const docIds = [...new Set(records.map((r) => r.docId))];
    const sets = await this.db.suggestions.bulkGet(docIds);
    const suggested = new Set(sets.flatMap((s) => (s ? s.items.map((i) => `${s.docId}|${spanKey(i)}`) : [])));
    const now = new Date().toISOString();
    const reject = records.filter((r) => suggested.has(`${r.docId}|${spanKey(r)}`));
    const drop = records.filter((r) => !suggested.has(`${r.docId}|${spanKey(r)}`));
    await this.db.transaction('rw', this.db.annotations, async () => {
      // A rejected row names no entity (only kept annotations are mentions).
      await this.db.annotations.bulkPut(reject.map(({ entityId: _e, ...r }) => ({ ...r, status: 'rejected', updatedAt: now }) as AnnotationRecord));
      await this.db.annotations.bulkDelete(drop.map((r) => r.id));
    });
  }

  /** Deletes rows by id (the undo of adding them). */
  async delete(...ids: string[]): Promise<void> {
    await this.db.annotations.bulkDelete(ids);
  }

  /** Adds suggestions to a document's set (extraction run again); returns the set as it was, for undo. */
  async addSuggestions(docId: string, items: ExtractedAnnotation[], now = new Date().toISOString()): Promise<ExtractedAnnotation[] | undefined> {
    return this.db.transaction('rw', this.db.suggestions, async () => {
      const set = await this.db.suggestions.get(docId);
      await this.db.suggestions.put({ docId, items: [...(set?.items ?? []), ...items], createdAt: set?.createdAt ?? now });
      return set?.items;
    });
  }

  async setSuggestions(docId: string, items: ExtractedAnnotation[] | undefined, now = new Date().toISOString()): Promise<void> {
    if (items === undefined) await this.db.suggestions.delete(docId);
    else await this.db.suggestions.put({ docId, items, createdAt: (await this.db.suggestions.get(docId))?.createdAt ?? now });
  }

  /** Counts shown in the library: kept annotations (accepted or manual) and open suggestions. */
  async counts(docId: string): Promise<{ kept: number; suggested: number }> {
    const all = await this.forDocument(docId);
    return {
      kept: all.filter((a) => a.status === 'accepted' || a.status === 'manual').length,
      suggested: all.filter((a) => a.status === 'suggested').length,
    };
  }
}
