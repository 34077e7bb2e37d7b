// One file into a document: text, title, date, source URL, id; and the refusals, each with its reason.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import { describeRefusal } from '../../../../shared/import/refusal';
import { encodeTis620, encodeUtf16 } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const article = [
  'รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กระทรวงพาณิชย์เผยการส่งออกเดือนกรกฎาคมขยายตัว',
  '',
  'วันอังคารที่ 25 กรกฎาคม 2566',
  '25/07/2566',
  'กระทรวงพาณิชย์รายงานว่าการส่งออกเพิ่มขึ้นร้อยละ 5',
  'ที่มา : https://www.thaigov.go.th/news/contents/details/12345',
].join('\r\n');

describe('importFile', () => {
  it('reads title without the site prefix, the BE date as ISO and the source URL', async () => {
    const r = await importFile({ name: 'folder/ข่าว.txt', bytes: utf8(article) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.file).toBe('ข่าว.txt');
    expect(r.document.title).toBe('กระทรวงพาณิชย์เผยการส่งออกเดือนกรกฎาคมขยายตัว');
    expect(r.document.date).toBe('2023-07-25');
    expect(r.document.sourceUrl).toBe('https://www.thaigov.go.th/news/contents/details/12345');
    expect(r.document.text).not.toContain('\r');
    expect(r.document.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same id to the same article with and without BOM, CRLF or NBSP', async () => {
    const a = await importFile({ name: 'a.txt', bytes: utf8(article) });
    const b = await importFile({ name: 'b.md', bytes: utf8('\uFEFF' + article.replace(/\r\n/g, '\n')) });
    expect(a.ok && b.ok && a.document.id === b.document.id).toBe(true);
  });

  it('reads the date from a dd/mm/yyyy line when no Thai date is written', async () => {
    const r = await importFile({ name: 'a.txt', bytes: utf8('หัวข้อข่าว\n02/01/2567\nเนื้อหา') });
    expect(r.ok && r.document.date).toBe('2024-01-02');
  });

  it('takes the first non-empty line as the title and leaves date and source absent when not stated', async () => {
    const r = await importFile({ name: 'n.txt', bytes: utf8('\n\n  หัวข้อ  \nเนื้อหาไม่มีวันที่') });
    expect(r.ok && r.document.title).toBe('หัวข้อ');
    expect(r.ok && r.document.date).toBeUndefined();
    expect(r.ok && r.document.sourceUrl).toBeUndefined();
  });

  it('refuses an empty file, and one with only blank lines', async () => {
    expect(await importFile({ name: 'e.txt', bytes: new Uint8Array(0) })).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
    expect(await importFile({ name: 'e.txt', bytes: utf8(' \n\u200B\n') })).toMatchObject({ ok: false, refusal: { reason: 'empty' } });
  });

  it('refuses binary data and invalid UTF-8', async () => {
    const bin = new Uint8Array(256).map((_, i) => i);
    expect(await importFile({ name: 'x.txt', bytes: bin })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
    // UTF-8 Thai cut inside a character: not taken for TIS-620, whose bytes E0 B8 would read as `เธ`.
    const cut = utf8('ภาษาไทยภาษาไทย');
    const broken = new Uint8Array([...cut.subarray(0, 7), ...cut.subarray(8)]);
    expect(await importFile({ name: 'x.txt', bytes: broken })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
  });

  it('refuses a type it does not read, naming the extension', async () => {
    const r = await importFile({ name: 'photo.jpg', bytes: utf8('x') });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'unsupported-type', detail: '.jpg' } });
    if (!r.ok) expect(describeRefusal(r.file, r.refusal)).toBe('photo.jpg: not a supported type (.jpg); import .txt, .md, .html, .docx or .pdf files');
  });

  it('refuses a file over the size limit', async () => {
    const r = await importFile({ name: 'big.txt', bytes: new Uint8Array(2048).fill(65) }, { maxBytes: 1024 });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'too-large' } });
  });

  it('refuses a 60 MB file as too large under the default 50 MB limit, naming both sizes', async () => {
    const r = await importFile({ name: 'huge.txt', bytes: new Uint8Array(60 * 1024 * 1024).fill(0x41) });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'too-large', detail: '60 MB > 50 MB' } });
  });
});

describe('importFile: encodings without a label', () => {
  const thai = 'ข่าวการค้า\nการส่งออกเพิ่มขึ้นร้อยละ 5 มูลค่า 758.5 ล้านดอลลาร์สหรัฐ\n';

  it.each([
    ['UTF-8', utf8(thai), 'utf-8'],
    ['UTF-8 with BOM', utf8(`\uFEFF${thai}`), 'utf-8'],
    ['UTF-16LE with BOM', encodeUtf16(thai, 'le'), 'utf-16le'],
    ['UTF-16BE with BOM', encodeUtf16(thai, 'be'), 'utf-16be'],
    ['UTF-16LE without BOM', encodeUtf16(thai, 'le', false), 'utf-16le'],
    ['TIS-620', encodeTis620(thai), 'tis-620'],
    ['Windows-874 (with its curly quotes)', new Uint8Array([...encodeTis620('คำว่า '), 0x93, ...encodeTis620('ลงทุน'), 0x94]), 'windows-874'],
  ])('reads %s and reports its encoding', async (_label, bytes, encoding) => {
    const r = await importFile({ name: 'a.txt', bytes });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.encoding).toBe(encoding);
    expect(r.document.text).not.toContain('\uFEFF');
    expect(r.document.text).toMatch(encoding === 'windows-874' ? /^คำว่า “ลงทุน”$/ : /ล้านดอลลาร์สหรัฐ/);
  });

  it('gives the same document id to the same article in TIS-620, UTF-16BE and UTF-8', async () => {
    const ids = await Promise.all(
      [encodeTis620(thai), encodeUtf16(thai, 'be'), utf8(thai)].map(async (bytes) => {
        const r = await importFile({ name: 'a.txt', bytes }, { extract: false });
        return r.ok ? r.document.id : r.refusal.reason;
      }),
    );
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a Thai file name (and drops its folder) and falls back to it for a title-less file', async () => {
    const r = await importFile({ name: 'ข่าว/รายงานการค้า ๒๕๖๘.txt', bytes: encodeTis620('   \nเนื้อหา') });
    expect(r).toMatchObject({ ok: true, file: 'รายงานการค้า ๒๕๖๘.txt', document: { fileName: 'รายงานการค้า ๒๕๖๘.txt', title: 'เนื้อหา' } });
  });

  it('still refuses random bytes and Latin-1 text as binary', async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    expect(await importFile({ name: 'r.txt', bytes: random })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
    // 0xFF is neither valid UTF-8 nor a byte Thai text uses.
    expect(await importFile({ name: 'l.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xff]) })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
  });
});

