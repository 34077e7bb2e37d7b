// The Dexie schema of the working database, with versioned migrations: the only module that opens IndexedDB.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { contentFingerprint } from '../../shared/import/content-hash';
import type {
  AnnotationRecord,
  BriefRecord,
  DocumentRecord,
  DocumentText,
  EntityRecord,
  FactRecord,
  OriginalRecord,
  SettingRecord,
  MergeDecisionRecord,
  SuggestionSet,
} from '../../shared/model/records';
import type { StoredDocPostings } from '../../shared/search/doc-postings';

export type WorkbenchDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  entities: EntityTable<EntityRecord, 'id'>;
  facts: EntityTable<FactRecord, 'id'>;
  briefs: EntityTable<BriefRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  originals: EntityTable<OriginalRecord, 'hash'>;
  texts: EntityTable<DocumentText, 'id'>;
  suggestions: EntityTable<SuggestionSet, 'docId'>;
  postings: EntityTable<StoredDocPostings, 'docId'>;
  mergeDecisions: EntityTable<MergeDecisionRecord, 'key'>;
};

/**
 * Each entry is one schema version. Never edit a shipped version: add the next one (with an
 * upgrade function when existing rows must change), so every analyst's database migrates in order.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }> = [
  {
    version: 1,
    stores: {
      documents: 'id, title, date, importedAt',
      annotations: 'id, docId, [docId+status], type, status, entityId',
      entities: 'id, type, name, *aliases',
      facts: 'id, docId, annotationId, subjectId, counterpartId, measure',
      briefs: 'id, updatedAt',
      settings: 'key',
    },
  },
  // 2: the web edition keeps each imported file's bytes, content-addressed.
  { version: 2, stores: { originals: 'hash' } },
  // 3: documents are also found by their white-space-free fingerprint (the same article in another format).
  {
    version: 3,
    stores: { documents: 'id, title, date, importedAt, fingerprint' },
    upgrade: async (tx) => {
      await tx.table('documents').toCollection().modify((doc: { text: string; fingerprint?: string }) => {
        doc.fingerprint ??= contentFingerprint(doc.text);
      });
    },
  },
  // 4: texts move to their own table, so the library lists thousands of documents without reading them.
  {
    version: 4,
    stores: { texts: 'id' },
    upgrade: async (tx) => {
      const docs: Array<{ id: string; text?: string }> = await tx.table('documents').toArray();
      await tx.table('texts').bulkPut(docs.filter((d) => d.text !== undefined).map((d) => ({ id: d.id, text: d.text })));
      await tx.table('documents').toCollection().modify((doc: { text?: string }) => {
        delete doc.text;
      });
    },
  },
  // 5: fewer indexes on annotations (each one costs on every suggestion stored at import): status alone and
  // entityId are dropped until a view needs them; [docId+status] and type serve the reader, library and figures.
  { version: 5, stores: { annotations: 'id, docId, [docId+status], type' } },
  // 6: suggestions are kept one record per document (SuggestionSet); rows remain for what the analyst did.
  {
    version: 6,
    stores: { suggestions: 'docId' },
    upgrade: async (tx) => {
      const rows: Array<{ id: string; docId: string; status: string; createdAt: string } & Record<string, unknown>> = await tx
        .table('annotations')
        .filter((a: { status: string }) => a.status === 'suggested')
        .toArray();
      const sets = new Map<string, { docId: string; items: unknown[]; createdAt: string }>();
      for (const { id: _id, docId, status: _status, createdAt, updatedAt: _u, note: _n, entityId: _e, ...span } of rows) {
        const set = sets.get(docId) ?? { docId, items: [], createdAt };
        set.items.push(span);
        sets.set(docId, set);
      }
      await tx.table('suggestions').bulkPut([...sets.values()]);
      await tx.table('annotations').bulkDelete(rows.map((r) => r.id));
    },
  },
  // 7: search postings per document (derived from the text, rebuilt when missing); documents by tag; entity
  // annotations by entity (entity pages); entities by their folded name keys (auto-linking); merge decisions.
  {
    version: 7,
    stores: {
      postings: 'docId',
      documents: 'id, title, date, importedAt, fingerprint, *tags',
      annotations: 'id, docId, [docId+status], type, entityId',
      entities: 'id, type, name, *aliases, *keys',
      mergeDecisions: 'key',
    },
  },
];

export function openDatabase(name = 'analyst-workbench'): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

/** The app's database (tests open their own with openDatabase and a unique name). */
export const db = openDatabase();
