// Documents with their annotations: add an imported document in one transaction, list, delete and restore.
import type { AnnotationRecord, DocumentRecord, DocumentWithText, SuggestionSet } from '../../shared/model/records';
import type { ParsedDocument } from '../../shared/import/import-file';
import type { OriginalRef } from '../../shared/platform';
import type { WorkbenchDb } from './database';

/** A document and everything that hangs off it: what a delete removes and an undo puts back. */
export interface DocumentBundle {
  document: DocumentRecord;
  text: string;
  annotations: AnnotationRecord[];
  suggestions?: SuggestionSet;
}

export type LibrarySort = 'imported' | 'title' | 'date';

export type AddResult = { added: true } | { added: false; existing: DocumentRecord };


export class DocumentsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  get(id: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(id);
  }

  /**
   * One page of the library: sorted on an index and filtered as it is read, so a library of thousands
   * of documents lists its first rows without reading the rest. Title order is the index's (code point) order.
   */
  async page(options: { query?: string; sort: LibrarySort; limit: number }): Promise<DocumentRecord[]> {
    const q = options.query?.trim().toLowerCase() ?? '';
    const matches = (d: DocumentRecord) => !q || [d.title, d.fileName, d.sourceUrl ?? ''].some((f) => f.toLowerCase().includes(q));
    const { documents } = this.db;
    if (options.sort === 'title') return documents.orderBy('title').filter(matches).limit(options.limit).toArray();
    if (options.sort === 'imported') return documents.orderBy('importedAt').reverse().filter(matches).limit(options.limit).toArray();
    // By date, newest first; documents with no date (not in the index) come after the dated ones.
    const dated = await documents.orderBy('date').reverse().filter(matches).limit(options.limit).toArray();
    if (dated.length === options.limit) return dated;
    const undated = await documents.filter((d) => !d.date && matches(d)).limit(options.limit - dated.length).toArray();
    return [...dated, ...undated];
  }

  /** The document with its text, for the reader. */
  async getWithText(id: string): Promise<DocumentWithText | undefined> {
    const [doc, text] = await Promise.all([this.db.documents.get(id), this.db.texts.get(id)]);
    return doc && text ? { ...doc, text: text.text } : undefined;
  }

  /**
   * Stores a parsed document and its suggestions in one transaction, or returns the document already
   * in the library with the same text (same id, or same fingerprint: another format) and writes nothing.
   */
  async addParsed(parsed: ParsedDocument, options: { now?: string; original?: OriginalRef } = {}): Promise<AddResult> {
    const [result] = await this.addParsedBatch([{ parsed, original: options.original }], options.now);
    return result;
  }

  /**
   * Stores several parsed documents in one transaction (an import chunk): each document comes with all
   * of its suggestions or not at all, and the library's live queries refresh once per chunk, not per file.
   */
  async addParsedBatch(items: Array<{ parsed: ParsedDocument; original?: OriginalRef }>, now = new Date().toISOString()): Promise<AddResult[]> {
    return this.db.transaction('rw', this.db.documents, this.db.texts, this.db.suggestions, async () => {
      // Look up every document of the chunk at once, then write them with three bulk calls.
      const byId = await this.db.documents.bulkGet(items.map((i) => i.parsed.id));
      const byPrint = new Map(
        (await this.db.documents.where('fingerprint').anyOf(items.map((i) => i.parsed.fingerprint)).toArray()).map((d) => [d.fingerprint, d]),
      );
      const results: AddResult[] = [];
      const docs: DocumentRecord[] = [];
      const texts: Array<{ id: string; text: string }> = [];
      const sets: SuggestionSet[] = [];
      const seen = new Map<string, DocumentRecord>();
      items.forEach(({ parsed, original }, i) => {
        const existing = byId[i] ?? byPrint.get(parsed.fingerprint) ?? seen.get(parsed.id) ?? seen.get(parsed.fingerprint);
        if (existing) {
          results.push({ added: false, existing });
          return;
        }
        const { suggestions, text, ...meta } = parsed;
        const doc: DocumentRecord = { ...meta, importedAt: now, ...(original ? { original } : {}) };
        seen.set(parsed.id, doc).set(parsed.fingerprint, doc);
        docs.push(doc);
        texts.push({ id: parsed.id, text });
        sets.push({ docId: parsed.id, items: suggestions, createdAt: now });
        results.push({ added: true });
      });
      await this.db.documents.bulkAdd(docs);
      await this.db.texts.bulkAdd(texts);
      await this.db.suggestions.bulkAdd(sets);
      return results;
    });
  }

  async delete(id: string): Promise<DocumentBundle | undefined> {
    return this.db.transaction('rw', [this.db.documents, this.db.texts, this.db.annotations, this.db.suggestions, this.db.facts, this.db.postings], async () => {
      const document = await this.db.documents.get(id);
      if (!document) return undefined;
      const text = (await this.db.texts.get(id))?.text ?? '';
      const annotations = await this.db.annotations.where('docId').equals(id).toArray();
      const suggestions = await this.db.suggestions.get(id);
      await this.db.annotations.where('docId').equals(id).delete();
      await this.db.suggestions.delete(id);
      await this.db.facts.where('docId').equals(id).delete();
      // Search postings are derived from the text: the search worker indexes the document again after an undo.
      await this.db.postings.delete(id);
      await this.db.texts.delete(id);
      await this.db.documents.delete(id);
      return { document, text, annotations, suggestions };
    });
  }

  /** Sets a document's tags (trimmed, without duplicates, in the order given); returns the tags it had. */
  async setTags(id: string, tags: string[]): Promise<string[]> {
    const clean = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
    return this.db.transaction('rw', this.db.documents, async () => {
      const doc = await this.db.documents.get(id);
      if (!doc) throw new Error(`no document ${id}`);
      await this.db.documents.update(id, { tags: clean });
      return doc.tags ?? [];
    });
  }

  /** Every tag in the library, in code point order. */
  async allTags(): Promise<string[]> {
    return (await this.db.documents.orderBy('tags').uniqueKeys()) as string[];
  }

  async restore(bundle: DocumentBundle): Promise<void> {
    await this.db.transaction('rw', [this.db.documents, this.db.texts, this.db.annotations, this.db.suggestions], async () => {
      await this.db.documents.put(bundle.document);
      await this.db.texts.put({ id: bundle.document.id, text: bundle.text });
      await this.db.annotations.bulkPut(bundle.annotations);
      if (bundle.suggestions) await this.db.suggestions.put(bundle.suggestions);
    });
  }
}
