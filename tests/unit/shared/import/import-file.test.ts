// One file into a document: text, title, date, source URL, id; and the refusals, each with its reason.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import { describeRefusal } from '../../../../shared/import/refusal';

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
    expect(await importFile({ name: 'x.txt', bytes: new Uint8Array([0xe0, 0xb8, 0x41, 0x42]) })).toMatchObject({ ok: false, refusal: { reason: 'binary' } });
  });

  it('refuses a type it does not read, naming the extension', async () => {
    const r = await importFile({ name: 'photo.jpg', bytes: utf8('x') });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'unsupported-type', detail: '.jpg' } });
    if (!r.ok) expect(describeRefusal(r.file, r.refusal)).toBe('photo.jpg: not a supported type (.jpg); import .txt or .md files');
  });

  it('refuses a file over the size limit', async () => {
    const r = await importFile({ name: 'big.txt', bytes: new Uint8Array(2048).fill(65) }, { maxBytes: 1024 });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'too-large' } });
  });
});
