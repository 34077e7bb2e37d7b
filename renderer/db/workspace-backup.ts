// Dumps the whole workspace to backup sections and merges a backup back in without duplicates.
import type { BackupSection } from '../../shared/backup/backup-format';
import type { OriginalRef } from '../../shared/platform';
import type { AnnotationRecord, EntityRecord, FactRecord } from '../../shared/model/records';
import type { WorkbenchDb } from './database';
import { EntitiesRepo } from './entities-repo';

/** Tables a backup carries; originals' bytes travel as their own sections. Search postings are rebuilt, not carried. */
export const BACKUP_TABLES = ['documents', 'texts', 'suggestions', 'annotations', 'entities', 'mergeDecisions', 'facts', 'briefs', 'settings'] as const;
type BackupTable = (typeof BACKUP_TABLES)[number];

export interface RestoreSummary {
  added: Record<BackupTable, number>;
  skipped: Record<BackupTable, number>;
  originals: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** The workspace's tables as sections, plus every original the documents point at (read through readOriginal). */
export async function dumpWorkspace(db: WorkbenchDb, readOriginal: (ref: OriginalRef) => Promise<Uint8Array | undefined>): Promise<BackupSection[]> {
  const sections: BackupSection[] = [];
  for (const name of BACKUP_TABLES) {
    const rows = await db.table(name).toArray();
    sections.push({ kind: `table:${name}`, bytes: enc.encode(JSON.stringify(rows)) });
  }
  const refs = new Map<string, OriginalRef>();
  await db.documents.each((d) => {
    if (d.original) refs.set(d.original.hash, d.original);
  });
  for (const ref of refs.values()) {
    const bytes = await readOriginal(ref);
    if (bytes) sections.push({ kind: `original:${ref.hash}`, bytes });
  }
  return sections;
}

/**
 * Merges a backup into the workspace in one transaction: records whose id is already here are kept
 * as they are (nothing is overwritten, nothing doubled); originals are handed to keepOriginal. An
 * entity that is here under another id (same type, same folded name) is not doubled either: its names
 * join the one here, and the annotations and facts of the backup point at that one. Kept entity
 * annotations the backup has no entity for are linked as they come in.
 */
export async function restoreWorkspace(
  db: WorkbenchDb,
  sections: BackupSection[],
  keepOriginal: (hash: string, bytes: Uint8Array) => Promise<void>,
): Promise<RestoreSummary> {
  const zero = () => Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  const summary: RestoreSummary = { added: zero(), skipped: zero(), originals: 0 };
  const tables = new Map<BackupTable, Array<Record<string, unknown>>>();
  for (const s of sections) {
    const name = s.kind.startsWith('table:') ? (s.kind.slice(6) as BackupTable) : undefined;
    if (name && (BACKUP_TABLES as readonly string[]).includes(name)) tables.set(name, JSON.parse(dec.decode(s.bytes)));
  }
  // Originals first: a document restored without its original would show a broken link.
  for (const s of sections) {
    if (s.kind.startsWith('original:')) {
      await keepOriginal(s.kind.slice(9), s.bytes);
      summary.originals++;
    }
  }
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    const registry = new EntitiesRepo(db);
    // Entities first: the annotations and facts that follow point at them.
    const absorbed = await registry.absorb((tables.get('entities') ?? []) as unknown as EntityRecord[]);
    summary.added.entities = absorbed.added;
    summary.skipped.entities = absorbed.skipped;
    const entityId = (id: string | undefined) => (id === undefined ? undefined : (absorbed.ids.get(id) ?? id));
    for (const name of BACKUP_TABLES) {
      if (name === 'entities') continue;
      const rows = tables.get(name) ?? [];
      const table = db.table(name);
      const keyPath = table.schema.primKey.keyPath as string;
      const existing = new Set((await table.bulkGet(rows.map((r) => r[keyPath] as string))).map((r, i) => (r ? i : -1)).filter((i) => i >= 0));
      let fresh = rows.filter((_, i) => !existing.has(i));
      if (name === 'annotations') {
        const mapped = (fresh as unknown as AnnotationRecord[]).map((a) => (a.entityId === undefined ? a : { ...a, entityId: entityId(a.entityId) }));
        fresh = (await registry.link(mapped)).records as unknown as Array<Record<string, unknown>>;
      } else if (name === 'facts') {
        fresh = (fresh as unknown as FactRecord[]).map((f) => ({
          ...f,
          ...(f.subjectId !== undefined ? { subjectId: entityId(f.subjectId) } : {}),
          ...(f.counterpartId !== undefined ? { counterpartId: entityId(f.counterpartId) } : {}),
        })) as unknown as Array<Record<string, unknown>>;
      }
      await table.bulkAdd(fresh);
      summary.added[name] = fresh.length;
      summary.skipped[name] = rows.length - fresh.length;
    }
  });
  return summary;
}
