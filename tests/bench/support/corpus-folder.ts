// The thaigov-2023 corpus as the import benches see it: its size, and a smaller copy for a quicker run.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function corpusStats(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const month of readdirSync(root)) {
    const dir = join(root, month);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) {
      files++;
      bytes += statSync(join(dir, f)).size;
    }
  }
  return { files, bytes };
}

/** A folder with copies of the first `limit` articles, for a quicker run. */
export function subset(root: string, limit: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'aw-bench-'));
  let n = 0;
  for (const month of readdirSync(root).sort()) {
    const src = join(root, month);
    if (!statSync(src).isDirectory()) continue;
    mkdirSync(join(dir, month));
    for (const f of readdirSync(src).sort()) {
      if (n++ >= limit) return dir;
      copyFileSync(join(src, f), join(dir, month, f));
    }
  }
  return dir;
}
