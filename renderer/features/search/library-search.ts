// The library's search in the worker: loads stored postings, indexes documents that have none, follows the library, answers queries.
import type { AnnotationType } from '../../../shared/model/annotation';
import { indexDocument, toStored } from '../../../shared/search/doc-postings';
import { SearchIndex } from '../../../shared/search/search-index';
import { buildPassages } from '../../../shared/search/snippet';
import type { DocMeta, PostingsRow, SearchStore } from '../../db/search-store';
import type { IndexStatus, ResultItem, SearchFilters, SearchPhases, SearchRequest } from './search-protocol';

/** Documents indexed per step: small enough that a query waits at most a few tens of milliseconds. */
const INDEX_BATCH = 24;
/** After indexing this many documents at once (an import), the index gives back the room its lists kept for growing. */
const TRIM_AFTER = 500;
/** What a result shows of a document found by its filters alone (no words to highlight). */
const LEAD_CHARS = 220;

export interface SearchAnswer {
  total: number;
  items: ResultItem[];
  tookMs: number;
  phases: SearchPhases;
}

export class LibrarySearch {
  private readonly index = new SearchIndex();
  private readonly meta = new Map<string, DocMeta>();
  /** Documents whose suggestions held each type when they were indexed. */
  private readonly suggestedTypes = new Map<AnnotationType, Set<string>>();
  private state: IndexStatus['state'] = 'loading';
  private libraryTotal = 0;
  private syncing: Promise<void> | undefined;
  private syncAgain = false;
  private started: Promise<void> | undefined;
  private unwatch: (() => void) | undefined;

  constructor(
    private readonly store: SearchStore,
    private readonly onStatus: (status: IndexStatus) => void = () => undefined,
  ) {}

  status(): IndexStatus {
    return { state: this.state, indexed: this.index.size, total: Math.max(this.libraryTotal, this.index.size) };
  }

  /** Loads the stored postings, indexes what is missing, then follows the library's changes. */
  start(): Promise<void> {
    this.started ??= (async () => {
      const meta = await this.store.docMeta();
      this.libraryTotal = meta.size;
      const stale: string[] = [];
      await this.store.eachPostingsPage(400, (rows) => {
        for (const row of rows) {
          const m = meta.get(row.docId);
          if (m === undefined) stale.push(row.docId);
          else this.addRow(row, m);
        }
        this.emit();
      });
      // The lists grew by doubling while loading: give the slack back (about half the index's memory).
      this.index.trim();
      if (stale.length > 0) await this.store.deletePostings(stale);
      await this.sync();
      this.unwatch = this.store.watchLibrary(() => void this.sync());
    })();
    return this.started;
  }

  stop(): void {
    this.unwatch?.();
  }

  /** Brings the index in line with the library; calls during a sync run it once more afterwards. */
  sync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false;
        await this.syncOnce();
      } while (this.syncAgain);
      this.syncing = undefined;
    })();
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const ids = await this.store.docIds();
    this.libraryTotal = ids.length;
    const live = new Set(ids);
    const gone = [...this.meta.keys()].filter((id) => !live.has(id));
    for (const id of gone) this.removeDoc(id);
    if (gone.length > 0) await this.store.deletePostings(gone);
    const missing = ids.filter((id) => !this.index.has(id));
    if (missing.length > 0) {
      this.state = 'indexing';
      this.emit();
    }
    for (let i = 0; i < missing.length; i += INDEX_BATCH) {
      const batch = missing.slice(i, i + INDEX_BATCH);
      // The library may grow while this runs (an import): the count keeps the progress honest.
      const [sources, meta, total] = await Promise.all([this.store.sources(batch), this.store.metaOf(batch), this.store.documentCount()]);
      this.libraryTotal = total;
      const rows: PostingsRow[] = [];
      sources.forEach((src) => {
        const m = src && meta.get(src.id);
        if (!src || !m) return;
        const postings = indexDocument(src.id, src.text);
        const row: PostingsRow = { ...toStored(postings), types: src.types };
        this.index.add(postings, { date: m.date });
        this.noteDoc(row, m);
        rows.push(row);
      });
      if (rows.length > 0) await this.store.putPostings(rows);
      this.emit();
    }
    if (missing.length >= TRIM_AFTER) this.index.trim();
    this.state = 'ready';
    this.emit();
  }

  private addRow(row: PostingsRow, m: DocMeta): void {
    this.index.addStored(row, { date: m.date });
    this.noteDoc(row, m);
  }

  private noteDoc(row: PostingsRow, m: DocMeta): void {
    this.meta.set(row.docId, m);
    for (const t of row.types ?? []) {
      let set = this.suggestedTypes.get(t);
      if (!set) this.suggestedTypes.set(t, (set = new Set()));
      set.add(row.docId);
    }
  }

  private removeDoc(id: string): void {
    this.index.remove(id);
    this.meta.delete(id);
    for (const set of this.suggestedTypes.values()) set.delete(id);
  }

  private emit(): void {
    this.onStatus(this.status());
  }

  /** The documents the filters allow, or undefined when no filter narrows by document. */
  private async allowed(filters: SearchFilters): Promise<Set<string> | undefined> {
    const sets: Set<string>[] = [];
    if (filters.tag) sets.push(await this.store.docsWithTag(filters.tag));
    if (filters.type) {
      const kept = await this.store.docsWithKeptType(filters.type);
      for (const id of this.suggestedTypes.get(filters.type) ?? []) kept.add(id);
      sets.push(kept);
    }
    if (filters.entityId) {
      // A linked annotation, or any of the entity's names in the text (mentions nobody has reviewed yet).
      const docs = await this.store.docsWithEntity(filters.entityId);
      for (const alias of await this.store.entityAliases(filters.entityId)) {
        const phrase = alias.replace(/["“”«»]/g, ' ').trim();
        if (phrase === '') continue;
        for (const hit of this.index.search(`"${phrase}"`, { limit: Number.MAX_SAFE_INTEGER, passages: 0 }).hits) docs.add(hit.docId);
      }
      sets.push(docs);
    }
    if (sets.length === 0) return undefined;
    sets.sort((a, b) => a.size - b.size);
    const [first, ...rest] = sets;
    return new Set([...first].filter((id) => rest.every((s) => s.has(id))));
  }

  async search(req: Omit<SearchRequest, 'kind' | 'id'>): Promise<SearchAnswer> {
    const t0 = performance.now();
    const allowDocIds = await this.allowed(req.filters);
    const t1 = performance.now();
    const found = this.index.search(req.query, {
      allowDocIds,
      dateFrom: req.filters.dateFrom || undefined,
      dateTo: req.filters.dateTo || undefined,
      limit: req.limit,
      offset: req.offset,
      passages: 0,
      order: req.filters.order,
    });
    const t2 = performance.now();
    const texts = await this.store.texts(found.hits.map((h) => h.docId));
    const items = found.hits.map((hit): ResultItem => {
      const text = texts.get(hit.docId) ?? '';
      const m = this.meta.get(hit.docId);
      const passages =
        hit.highlights.length > 0
          ? buildPassages(text, text.length, hit.highlights, { max: 3 }).map((p) => ({ ...p, text: text.slice(p.start, p.end) }))
          : [{ start: 0, end: Math.min(text.length, LEAD_CHARS), text: text.slice(0, LEAD_CHARS), highlights: [] }];
      return { docId: hit.docId, title: m?.title ?? hit.docId, date: m?.date, matches: hit.matches, passages };
    });
    const t3 = performance.now();
    return { total: found.total, items, tookMs: t3 - t0, phases: { filterMs: t1 - t0, matchMs: t2 - t1, passagesMs: t3 - t2 } };
  }
}
