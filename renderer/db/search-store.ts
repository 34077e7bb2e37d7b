// What the search index reads and writes in the database: postings rows, document metadata, texts for passages, filter sets.
import { liveQuery } from 'dexie';
import type { AnnotationType } from '../../shared/model/annotation';
import type { DocumentRecord } from '../../shared/model/records';
import type { StoredDocPostings } from '../../shared/search/doc-postings';
import type { WorkbenchDb } from './database';

/** A stored postings row, with the annotation types its document's suggestions held when it was indexed. */
export type PostingsRow = StoredDocPostings & { types?: AnnotationType[] };

/** What a result line shows of its document, and what the date filter reads. */
export interface DocMeta {
  title: string;
  date?: string;
}

export class SearchStore {
  constructor(private readonly db: WorkbenchDb) {}

  /** Every document's id, title and date (a year of news is ~13,000 small records). */
  async docMeta(): Promise<Map<string, DocMeta>> {
    const out = new Map<string, DocMeta>();
    await this.db.documents.each((d: DocumentRecord) => out.set(d.id, { title: d.title, date: d.date }));
    return out;
  }

  /** Ids of the documents now in the library. */
  docIds(): Promise<string[]> {
    return this.db.documents.toCollection().primaryKeys();
  }

  documentCount(): Promise<number> {
    return this.db.documents.count();
  }

  /** Titles and dates of some documents. */
  async metaOf(ids: string[]): Promise<Map<string, DocMeta>> {
    const docs = await this.db.documents.bulkGet(ids);
    const out = new Map<string, DocMeta>();
    for (const d of docs) if (d) out.set(d.id, { title: d.title, date: d.date });
    return out;
  }

  /**
   * Calls back whenever the library's documents change (an import chunk, a delete, an undo, a restore),
   * from this or another window or worker (Dexie tells every open connection). Returns an unsubscribe.
   */
  watchLibrary(onChange: () => void): () => void {
    let first = true;
    const sub = liveQuery(() => this.db.documents.count()).subscribe({
      next: () => {
        if (first) first = false;
        else onChange();
      },
      error: () => undefined,
    });
    return () => sub.unsubscribe();
  }

  /** Stored postings, a page at a time in key order (so a big library never sits in one array twice). */
  async eachPostingsPage(pageSize: number, onPage: (rows: PostingsRow[]) => void | Promise<void>): Promise<void> {
    let after: string | undefined;
    for (;;) {
      const coll = after === undefined ? this.db.postings.orderBy('docId') : this.db.postings.where('docId').above(after);
      const rows = (await coll.limit(pageSize).toArray()) as PostingsRow[];
      if (rows.length === 0) return;
      await onPage(rows);
      after = rows[rows.length - 1].docId;
      if (rows.length < pageSize) return;
    }
  }

  /** Texts and suggestion types of documents to index (those without postings). */
  async sources(ids: string[]): Promise<Array<{ id: string; text: string; types: AnnotationType[] } | undefined>> {
    const [texts, sets] = await Promise.all([this.db.texts.bulkGet(ids), this.db.suggestions.bulkGet(ids)]);
    return ids.map((id, i) => {
      const text = texts[i]?.text;
      if (text === undefined) return undefined;
      const types = new Set<AnnotationType>();
      for (const s of sets[i]?.items ?? []) types.add(s.type);
      return { id, text, types: [...types] };
    });
  }

  /** Writes postings rows; a row whose document is gone by then is not written (deleted while indexing). */
  async putPostings(rows: PostingsRow[]): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.postings, async () => {
      const alive = await this.db.documents.bulkGet(rows.map((r) => r.docId));
      await this.db.postings.bulkPut(rows.filter((_, i) => alive[i] !== undefined));
    });
  }

  deletePostings(ids: string[]): Promise<void> {
    return this.db.postings.bulkDelete(ids);
  }

  async texts(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.db.texts.bulkGet(ids);
    const out = new Map<string, string>();
    rows.forEach((r, i) => r && out.set(ids[i], r.text));
    return out;
  }

  /** Documents with an annotation the analyst kept of this type (suggestion types come from the postings rows). */
  async docsWithKeptType(type: AnnotationType): Promise<Set<string>> {
    const rows = await this.db.annotations.where('type').equals(type).toArray();
    return new Set(rows.filter((a) => a.status !== 'rejected').map((a) => a.docId));
  }

  /** Documents where an annotation is linked to the entity. */
  async docsWithEntity(entityId: string): Promise<Set<string>> {
    const rows = await this.db.annotations.where('entityId').equals(entityId).toArray();
    return new Set(rows.filter((a) => a.status !== 'rejected').map((a) => a.docId));
  }

  async entityAliases(entityId: string): Promise<string[]> {
    const e = await this.db.entities.get(entityId);
    return e ? [...new Set([e.name, ...e.aliases])] : [];
  }

  async docsWithTag(tag: string): Promise<Set<string>> {
    return new Set(await this.db.documents.where('tags').equals(tag).primaryKeys());
  }
}
