// Dumps the whole workspace to backup sections and merges a backup back in without duplicates.
import type { BackupSection } from '../../shared/backup/backup-format';
import type { OriginalRef } from '../../shared/platform';
import type { WorkbenchDb } from './database';

/** Tables a backup carries; originals' bytes travel as their own sections. */
export const BACKUP_TABLES = ['documents', 'texts', 'suggestions', 'annotations', 'entities', 'facts', 'briefs', 'settings'] as const;
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
 * as they are (nothing is overwritten, nothing doubled); originals are handed to keepOriginal.
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
    for (const name of BACKUP_TABLES) {
      const rows = tables.get(name) ?? [];
      const table = db.table(name);
      const keyPath = table.schema.primKey.keyPath as string;
      const existing = new Set((await table.bulkGet(rows.map((r) => r[keyPath] as string))).map((r, i) => (r ? i : -1)).filter((i) => i >= 0));
      const fresh = rows.filter((_, i) => !existing.has(i));
      await table.bulkAdd(fresh);
      summary.added[name] = fresh.length;
      summary.skipped[name] = rows.length - fresh.length;
    }
  });
  return summary;
}
