// Expands files and folders (recursively) into the files to import, and lists what was skipped and why.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface WalkResult {
  files: string[];
  skipped: Array<{ path: string; reason: 'unsupported-type' | 'unreadable' | 'hidden' }>;
}

/**
 * Files named directly are always returned (the importer refuses them with a reason if need be);
 * inside folders, only files the importer reads are taken and the rest are listed as skipped.
 */
export async function walkPaths(paths: string[], isSupported: (name: string) => boolean): Promise<WalkResult> {
  const result: WalkResult = { files: [], skipped: [] };
  const visit = async (path: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      result.skipped.push({ path, reason: 'unreadable' });
      return;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path).catch(() => undefined);
      if (!entries) {
        result.skipped.push({ path, reason: 'unreadable' });
        return;
      }
      for (const name of entries.sort()) await visit(join(path, name), false);
    } else if (named) {
      result.files.push(path);
    } else if (basename(path).startsWith('.')) {
      result.skipped.push({ path, reason: 'hidden' });
    } else if (isSupported(basename(path))) {
      result.files.push(path);
    } else {
      result.skipped.push({ path, reason: 'unsupported-type' });
    }
  };
  for (const p of paths) await visit(p, true);
  return result;
}
