// File > Back up and Restore: the whole workspace (records, originals, settings) to one file and back, merged without duplicates.
import { decodeBackup, encodeBackup } from '../../../shared/backup/backup-format';
import type { Platform } from '../../../shared/platform';
import type { WorkbenchDb } from '../../db/database';
import { dumpWorkspace, restoreWorkspace, type RestoreSummary } from '../../db/workspace-backup';

export const BACKUP_EXTENSION = 'awbackup';

export function backupFileName(now = new Date()): string {
  return `analyst-workbench-${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`;
}

/** Writes the backup where the analyst says; resolves with where it went, or undefined when cancelled. */
export async function backupWorkspace(db: WorkbenchDb, platform: Platform): Promise<string | undefined> {
  const sections = await dumpWorkspace(db, (ref) => platform.readOriginal(ref));
  return platform.saveFile(backupFileName(), await encodeBackup(sections));
}

export async function restoreFromFile(db: WorkbenchDb, platform: Platform, file: { name: string; bytes: Uint8Array }): Promise<RestoreSummary> {
  const sections = await decodeBackup(file.bytes);
  const names = new Map<string, string>();
  for (const s of sections) {
    if (s.kind === 'table:documents') {
      for (const d of JSON.parse(new TextDecoder().decode(s.bytes)) as Array<{ original?: { hash: string; name: string } }>) {
        if (d.original) names.set(d.original.hash, d.original.name);
      }
    }
  }
  return restoreWorkspace(db, sections, (hash, bytes) => platform.keepOriginal(hash, names.get(hash) ?? hash, bytes));
}

/** Asks for a backup file and merges it in; undefined when the analyst cancels. */
export async function restoreWorkspaceFromChoice(db: WorkbenchDb, platform: Platform): Promise<RestoreSummary | undefined> {
  const file = await platform.openFile([BACKUP_EXTENSION]);
  return file ? restoreFromFile(db, platform, file) : undefined;
}
