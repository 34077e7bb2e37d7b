// Documents with their annotations: add an imported document in one transaction, list, delete and restore.
import type { ExtractedAnnotation } from '../../shared/model/annotation';
import type { AnnotationRecord, DocumentRecord } from '../../shared/model/records';
import type { ParsedDocument } from '../../shared/import/import-file';
import type { OriginalRef } from '../../shared/platform';
import type { WorkbenchDb } from './database';

/** A document and everything that hangs off it: what a delete removes and an undo puts back. */
export interface DocumentBundle {
  document: DocumentRecord;
  annotations: AnnotationRecord[];
}

export function suggestionRecords(docId: string, suggestions: ExtractedAnnotation[], now: string): AnnotationRecord[] {
  return suggestions.map((s) => ({ ...s, id: crypto.randomUUID(), docId, status: 'suggested', createdAt: now, updatedAt: now }));
}

export class DocumentsRepo {
  constructor(private readonly db: WorkbenchDb) {}

  get(id: string): Promise<DocumentRecord | undefined> {
    return this.db.documents.get(id);
  }

  list(): Promise<DocumentRecord[]> {
    return this.db.documents.orderBy('importedAt').reverse().toArray();
  }

  /**
   * Stores a parsed document and its suggestions in one transaction, or returns the document already
   * in the library with the same text (same id) and writes nothing.
   */
  async addParsed(
    parsed: ParsedDocument,
    options: { now?: string; original?: OriginalRef } = {},
  ): Promise<{ added: true } | { added: false; existing: DocumentRecord }> {
    const now = options.now ?? new Date().toISOString();
    return this.db.transaction('rw', this.db.documents, this.db.annotations, async () => {
      const existing = (await this.db.documents.get(parsed.id)) ?? (await this.db.documents.where('fingerprint').equals(parsed.fingerprint).first());
      if (existing) return { added: false as const, existing };
      const { suggestions, ...doc } = parsed;
      await this.db.documents.add({ ...doc, importedAt: now, ...(options.original ? { original: options.original } : {}) });
      await this.db.annotations.bulkAdd(suggestionRecords(parsed.id, suggestions, now));
      return { added: true as const };
    });
  }

  async delete(id: string): Promise<DocumentBundle | undefined> {
    return this.db.transaction('rw', this.db.documents, this.db.annotations, this.db.facts, async () => {
      const document = await this.db.documents.get(id);
      if (!document) return undefined;
      const annotations = await this.db.annotations.where('docId').equals(id).toArray();
      await this.db.annotations.where('docId').equals(id).delete();
      await this.db.facts.where('docId').equals(id).delete();
      await this.db.documents.delete(id);
      return { document, annotations };
    });
  }

  async restore(bundle: DocumentBundle): Promise<void> {
    await this.db.transaction('rw', this.db.documents, this.db.annotations, async () => {
      await this.db.documents.put(bundle.document);
      await this.db.annotations.bulkPut(bundle.annotations);
    });
  }
}
