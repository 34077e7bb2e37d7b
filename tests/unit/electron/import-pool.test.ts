// The worker-thread pool: a broken thread script never hangs an import or spins forever; files are parsed on this thread instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportPool } from '../../../electron/services/import-pool';

describe('ImportPool', () => {
  it('parses every file even when its thread script cannot start', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'aw-pool-')), 'broken.mjs');
    writeFileSync(broken, 'throw new Error("broken thread script");');
    const pool = new ImportPool(broken, 2);
    const bytes = new TextEncoder().encode('หัวข้อ\nเนื้อหา');
    const outcomes = await Promise.all([1, 2, 3, 4].map((i) => pool.parse({ name: `${i}.txt`, bytes })));
    expect(outcomes.map((o) => o.ok && o.document.title)).toEqual(['หัวข้อ', 'หัวข้อ', 'หัวข้อ', 'หัวข้อ']);
    const after = await pool.parse({ name: 'later.txt', bytes });
    expect(after.ok).toBe(true);
    await pool.close();
  });
});
