// Files and folders dropped on the window (or chosen with the browser's chooser) as pending imports; folders are walked recursively.
import { formatOf } from '../../shared/import/import-file';
import type { PendingImport, PickResult, SkippedFile } from '../../shared/platform';

export function pendingFromFile(file: File, name = file.name): PendingImport {
  return { name, size: file.size, load: async () => ({ name, bytes: new Uint8Array(await file.arrayBuffer()) }) };
}

function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns at most ~100 entries per call: read until it returns none.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/**
 * Everything in a drop: files named directly are always taken (the importer refuses them with a
 * reason if need be); inside folders only supported files are taken and the rest listed as skipped.
 */
export async function pendingFromDrop(dt: DataTransfer): Promise<PickResult> {
  const pending: PendingImport[] = [];
  const skipped: SkippedFile[] = [];
  const entries = Array.from(dt.items, (item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => e === null)) {
    return { pending: Array.from(dt.files, (f) => pendingFromFile(f)), skipped };
  }
  const visit = async (entry: FileSystemEntry, path: string, named: boolean): Promise<void> => {
    if (entry.isDirectory) {
      const children = await readAllEntries(entry as FileSystemDirectoryEntry);
      children.sort((a, b) => a.name.localeCompare(b.name));
      for (const child of children) await visit(child, `${path}/${child.name}`, false);
    } else if (named || (!entry.name.startsWith('.') && formatOf(entry.name) !== undefined)) {
      pending.push(pendingFromFile(await fileOf(entry as FileSystemFileEntry), path));
    } else if (!entry.name.startsWith('.')) {
      skipped.push({ name: path, reason: 'unsupported-type' });
    }
  };
  for (const entry of entries) if (entry) await visit(entry, entry.name, true);
  return { pending, skipped };
}

/** Files from an <input type=file> (webkitdirectory gives each a relative path). */
export function pendingFromInput(files: Iterable<File>, folder: boolean): PickResult {
  const pending: PendingImport[] = [];
  const skipped: SkippedFile[] = [];
  for (const f of files) {
    const name = folder && f.webkitRelativePath ? f.webkitRelativePath : f.name;
    if (!folder || formatOf(f.name) !== undefined) pending.push(pendingFromFile(f, name));
    else if (!f.name.startsWith('.')) skipped.push({ name, reason: 'unsupported-type' });
  }
  return { pending, skipped };
}
