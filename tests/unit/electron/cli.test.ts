// The command line: help, usage errors, and extract's JSON for files it can and cannot read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/workbench';

(globalThis as Record<string, unknown>).__WORKBENCH_VERSION__ = 'test';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), readFile: (p) => readFile(p) });
  return { code, out, err };
}

describe('workbench CLI', () => {
  it('prints help with its commands', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('extract --json FILE...');
  });

  it('exits 1 on an unknown command or a missing --json', async () => {
    expect((await run(['frobnicate'])).code).toBe(1);
    expect((await run(['extract', 'a.txt'])).code).toBe(1);
  });

  it('extract prints normalized text per file and exits 2 when a file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-cli-'));
    const file = join(dir, 'ข่าว.txt');
    writeFileSync(file, '\uFEFFหัวข้อ\r\nมูลค่า 5 ล้านบาท');
    const ok = await run(['extract', '--json', file]);
    expect(ok.code).toBe(0);
    const [result] = JSON.parse(ok.out);
    expect(result.file).toBe(file);
    expect(result.text).toBe('หัวข้อ\nมูลค่า 5 ล้านบาท');
    expect(Array.isArray(result.annotations)).toBe(true);

    const bad = await run(['extract', '--json', file, join(dir, 'missing.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('missing.txt: no such file');
    expect(JSON.parse(bad.out)).toHaveLength(1);
  });
});
