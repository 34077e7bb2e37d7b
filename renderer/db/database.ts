// The Dexie schema of the working database, with versioned migrations: the only module that opens IndexedDB.
import Dexie, { type EntityTable } from 'dexie';
import type {
  AnnotationRecord,
  BriefRecord,
  DocumentRecord,
  EntityRecord,
  FactRecord,
  OriginalRecord,
  SettingRecord,
} from '../../shared/model/records';

export type WorkbenchDb = Dexie & {
  documents: EntityTable<DocumentRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  entities: EntityTable<EntityRecord, 'id'>;
  facts: EntityTable<FactRecord, 'id'>;
  briefs: EntityTable<BriefRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  originals: EntityTable<OriginalRecord, 'hash'>;
};

/**
 * Each entry is one schema version. Never edit a shipped version: add the next one (with an
 * upgrade function when existing rows must change), so every analyst's database migrates in order.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
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
];

export function openDatabase(name = 'analyst-workbench'): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}

/** The app's database (tests open their own with openDatabase and a unique name). */
export const db = openDatabase();
