// The import zoo: every seed file in its encoding or format gives the seed's text; every broken file is refused with its reason.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportOutcome } from '../../../../shared/import/import-file';
import { normalizeText } from '../../../../shared/text/normalize';
import { hasShared, missingSharedMessage, sharedPath } from '../../../support/shared-data';
import { similarity } from './text-similarity';

const present = hasShared('corpus', 'import-zoo') && hasShared('corpus', 'seeds');
const zoo = (file: string) => new Uint8Array(readFileSync(sharedPath('corpus', 'import-zoo', file)));
const seedText = (file: string) => {
  const nnn = file.slice(4, 7);
  const name = readdirSync(sharedPath('corpus', 'seeds')).find((f) => f.startsWith(`${nnn}_`));
  if (!name) throw new Error(`no seed ${nnn}`);
  return readFileSync(sharedPath('corpus', 'seeds', name), 'utf8');
};
const load = (file: string): Promise<ImportOutcome> => importFile({ name: file, bytes: zoo(file) }, { extract: false });
const trimLines = (s: string) => s.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');

describe.skipIf(!present)('import zoo', () => {
  it.each([
    ['seed000-tis620.txt', 'tis-620'],
    ['seed001-cp874.txt', 'windows-874'],
    ['seed002-utf16le-bom.txt', 'utf-16le'],
    ['seed003-utf8-bom-crlf.txt', 'utf-8'],
  ])('%s reads as the seed text, line for line (%s)', async (file, encoding) => {
    const r = await load(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.encoding).toBe(encoding);
    expect(trimLines(r.document.text)).toBe(trimLines(normalizeText(seedText(file))));
  });

  it.each([
    ['seed004-page.html', 'html'],
    ['seed000-article.docx', 'docx'],
    ['seed001-article.pdf', 'pdf'],
  ])('%s gives the seed text (whitespace-insensitive similarity >= 0.99)', async (file, format) => {
    const r = await load(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.format).toBe(format);
    expect(similarity(r.document.text, seedText(file))).toBeGreaterThanOrEqual(0.99);
    expect(r.document.warnings).toEqual([]);
  });

  it('the PDF keeps every tone mark and vowel of the key figures, and paragraphs are not cut mid-word', async () => {
    const r = await load('seed001-article.pdf');
    if (!r.ok) throw new Error(r.refusal.reason);
    const text = r.document.text;
    for (const figure of ['758.5 ล้านดอลลาร์สหรัฐ', 'ณ สิ้นเดือนตุลาคม พ.ศ. 2568']) expect(text).toContain(figure);
    expect(text).not.toMatch(/[\u0000\uFFFD]/);
    // Every seed paragraph's first and last words appear joined as in the seed (no line or page break inside words).
    expect(text).toContain('ภายใต้หัวข้อ');
    expect(text).toContain('ความร่วมมือในอนาคต');
    expect(r.document.sourceUrl).toMatch(/^https:\/\/baohaiphong\.vn\/.+-528783\.html$/);
  });

  it('the HTML page drops navigation, script and footer, and reads title and source', async () => {
    const r = await load('seed004-page.html');
    if (!r.ok) throw new Error(r.refusal.reason);
    for (const junk of ['หน้าหลัก', 'tracking', 'สงวนลิขสิทธิ์']) expect(r.document.text).not.toContain(junk);
    expect(r.document.title).not.toMatch(/^รัฐบาลไทย-/);
    expect(r.document.sourceUrl).toMatch(/^https:\/\/www\.thaigov\.go\.th\//);
    expect(r.document.date).toBe('2023-07-25');
  });

  it('the same article read from TIS-620 and from DOCX, and from Windows-874 and PDF, has the same words', async () => {
    const [tis, docx, cp874, pdf] = await Promise.all(['seed000-tis620.txt', 'seed000-article.docx', 'seed001-cp874.txt', 'seed001-article.pdf'].map(load));
    if (!tis.ok || !docx.ok || !cp874.ok || !pdf.ok) throw new Error('refused');
    expect(similarity(tis.document.text, docx.document.text)).toBeGreaterThanOrEqual(0.99);
    expect(similarity(cp874.document.text, pdf.document.text)).toBeGreaterThanOrEqual(0.99);
  });

  it.each([
    ['bad-empty.txt', 'empty'],
    ['bad-random.bin', 'unsupported-type'],
    ['bad-truncated.docx', 'corrupt'],
  ])('refuses %s (%s)', async (file, reason) => {
    expect(await load(file)).toMatchObject({ ok: false, refusal: { reason } });
  });

  it('refuses the random bytes as binary under a text name, and as corrupt under .docx or .pdf', async () => {
    const bytes = zoo('bad-random.bin');
    expect(await importFile({ name: 'r.txt', bytes })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
    expect(await importFile({ name: 'r.html', bytes })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
    expect(await importFile({ name: 'r.docx', bytes })).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
    expect(await importFile({ name: 'r.pdf', bytes })).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
  });
});

describe.skipIf(present)('import zoo (absent)', () => {
  it.skip(missingSharedMessage('corpus', 'import-zoo'), () => {});
});
