// The command line: help, usage errors, and extract's JSON for files it can and cannot read.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

describe('workbench import', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-cli-import-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'หัวข้อ ก\nมูลค่า 5 ล้านบาท\nที่มา: https://example.go.th/a');
    writeFileSync(join(dir, 'in', 'sub', 'b.md'), 'หัวข้อ ข\n25/07/2566\nเนื้อหา');
    writeFileSync(join(dir, 'in', 'sub', 'copy.txt'), 'หัวข้อ ก\r\nมูลค่า 5 ล้านบาท\r\nที่มา: https://example.go.th/a');
    writeFileSync(join(dir, 'in', 'sub', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'photo.jpg'), 'x');
    return dir;
  };

  it('imports a folder into the data folder, reports each file, and exits 2 when one is refused', async () => {
    const dir = setup();
    const r = await run(['import', '--json', '--data', join(dir, 'data'), join(dir, 'in')]);
    expect(r.code).toBe(2);
    const rows = JSON.parse(r.out) as Array<{ file: string; ok: boolean; error: string | null; title?: string; date?: string; skipped?: boolean }>;
    const by = (name: string) => rows.find((x) => x.file.endsWith(name))!;
    expect(by('a.txt')).toMatchObject({ ok: true, error: null, title: 'หัวข้อ ก', format: 'txt', sourceUrl: 'https://example.go.th/a' });
    expect(by('b.md')).toMatchObject({ ok: true, date: '2023-07-25' });
    expect(by('empty.txt').error).toContain('empty');
    expect(by('copy.txt').error).toContain('already');
    expect(by('photo.jpg')).toMatchObject({ ok: false, skipped: true });
    expect(readdirSync(join(dir, 'data', 'inbox'))).toHaveLength(2);
    expect(by('a.txt')).not.toHaveProperty('annotations');
  });

  it('--dry-run keeps nothing, --extract adds annotations, and a clean batch exits 0', async () => {
    const dir = setup();
    const r = await run(['import', '--dry-run', '--extract', '--json', '--data', join(dir, 'data'), join(dir, 'in', 'a.txt')]);
    expect(r.code).toBe(0);
    const [row] = JSON.parse(r.out);
    expect(row.annotations.some((a: { type: string; value?: number }) => a.type === 'MONEY' && a.value === 5e6)).toBe(true);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('exits 1 on a usage error', async () => {
    expect((await run(['import', 'x'])).code).toBe(1);
    expect((await run(['import', '--json'])).code).toBe(1);
    expect((await run(['import', '--json', '--bogus', 'x'])).code).toBe(1);
  });
});

describe('workbench entities', () => {
  it('prints the proposed entity clusters across files, and exits 2 when a file cannot be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-cli-entities-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(
      a,
      'รัฐมนตรี เหงียน ฮ่อง เดียน ทำงานร่วมกับจาค็อบ เฮลเบิร์ก รองเลขาธิการกระทรวงการต่างประเทศสหรัฐฯ\n' +
        'รองปลัดกระทรวงจาค็อบ เฮลเบิร์ก ชื่นชมความคิดริเริ่มของเวียดนาม\n' +
        'รัฐมนตรีช่วยว่าการเจคอบ เฮลเบิร์ก ย้ำเนื้อหาที่เขาและรัฐมนตรีเหงียน ฮอง เดียน ได้หารือกันที่สหรัฐฯ\n' +
        'เวียดนามและสหรัฐอเมริกาพร้อมร่วมมือ\n',
    );
    writeFileSync(b, 'ประเทศไทยและเวียดนามหารือกัน ไทยพร้อมลงทุนในเวียดนาม\n');
    const r = await run(['entities', '--json', a, b]);
    expect(r.code).toBe(0);
    const clusters = JSON.parse(r.out) as Array<{ name: string; type: string; aliases: string[]; mentions: number }>;
    const of = (quote: string) => clusters.find((c) => c.aliases.includes(quote));
    expect(of('เหงียน ฮอง เดียน')).toEqual({ name: 'เหงียน ฮ่อง เดียน', type: 'PERSON', aliases: ['เหงียน ฮ่อง เดียน', 'เหงียน ฮอง เดียน'], mentions: 2 });
    expect(of('เจคอบ เฮลเบิร์ก')).toEqual({ name: 'จาค็อบ เฮลเบิร์ก', type: 'PERSON', aliases: ['จาค็อบ เฮลเบิร์ก', 'เจคอบ เฮลเบิร์ก'], mentions: 3 });
    expect(of('สหรัฐอเมริกา')).toEqual({ name: 'สหรัฐอเมริกา', type: 'LOC', aliases: ['สหรัฐอเมริกา', 'สหรัฐฯ'], mentions: 2 });
    expect(of('เวียดนาม')).toEqual({ name: 'เวียดนาม', type: 'LOC', aliases: ['เวียดนาม'], mentions: 4 });
    expect(of('ประเทศไทย')?.aliases.sort()).toEqual(['ประเทศไทย', 'ไทย'].sort());

    const bad = await run(['entities', '--json', a, join(dir, 'missing.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('missing.txt: no such file');
    expect(Array.isArray(JSON.parse(bad.out))).toBe(true);
  });

  it('is listed in the help and exits 1 on a usage error', async () => {
    expect((await run(['--help'])).out).toContain('entities --json FILE...');
    expect((await run(['entities', 'a.txt'])).code).toBe(1);
    expect((await run(['entities', '--json'])).code).toBe(1);
    expect((await run(['entities', '--json', '--bogus', 'a.txt'])).code).toBe(1);
  });
});
