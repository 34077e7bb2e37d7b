// PDF (MuPDF) and DOCX (mammoth) readers on fixtures made here: text, properties, no text layer, damaged files, line reflow.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../shared/import/import-file';
import { type PdfLine, reflowPdfLines } from '../../../../shared/import/pdf-reflow';
import { pdfDateOf, usefulTitle } from '../../../../shared/import/pdf-to-text';
import { describeRefusal } from '../../../../shared/import/refusal';
import { readZipEntry } from '../../../../shared/import/zip-entry';
import { minimalPdf } from './fixtures';

describe('PDF import', () => {
  it('reads a text layer and the document properties', async () => {
    const pdf = minimalPdf('BT /F1 12 Tf 72 720 Td (Export figures rose) Tj ET', { title: 'Trade report', author: 'Analyst A', created: "D:20240305120000+07'00'" });
    const r = await importFile({ name: 'report.pdf', bytes: pdf });
    expect(r).toMatchObject({ ok: true, document: { format: 'pdf', text: 'Export figures rose', title: 'Trade report', author: 'Analyst A', fileCreated: '2024-03-05', encoding: 'binary', warnings: [] } });
  });

  it('refuses a PDF whose page has no text (empty, or only a picture) as no-text-layer', async () => {
    for (const content of ['', '0 0 595 842 re f']) {
      const r = await importFile({ name: 'scan.pdf', bytes: minimalPdf(content) });
      expect(r).toMatchObject({ ok: false, refusal: { reason: 'no-text-layer', detail: 'no text layer (scanned?)' } });
      if (!r.ok) expect(describeRefusal(r.file, r.refusal)).toContain('no text layer (scanned?)');
    }
  });

  it('refuses a damaged PDF or a non-PDF named .pdf as corrupt', async () => {
    const garbage = new TextEncoder().encode(`%PDF-1.7\n${'not really a pdf '.repeat(20)}`);
    expect(await importFile({ name: 'g.pdf', bytes: garbage })).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
    expect(await importFile({ name: 'h.pdf', bytes: new TextEncoder().encode('<html>hello</html>') })).toMatchObject({ ok: false, refusal: { reason: 'corrupt', detail: 'not a PDF file (no %PDF header)' } });
    const cut = minimalPdf('BT /F1 12 Tf 72 720 Td (Hello) Tj ET');
    expect(await importFile({ name: 'cut.pdf', bytes: cut.subarray(0, 60) })).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
  });

  it('reads PDF dates and ignores titles that are only file names', () => {
    expect(pdfDateOf("D:20261121230303+00'00'")).toBe('2026-11-21');
    expect(pdfDateOf('yesterday')).toBeUndefined();
    expect(usefulTitle('s001.html')).toBeUndefined();
    expect(usefulTitle('Microsoft Word - ข่าว.docx')).toBeUndefined();
    expect(usefulTitle(' ข่าวการค้า ')).toBe('ข่าวการค้า');
  });
});

describe('reflowPdfLines', () => {
  const line = (text: string, y: number, x1 = 570): PdfLine => ({ text, x0: 34, y0: y, x1, y1: y + 22 });

  it('joins wrapped Thai lines without a space, Latin with one, keeps a hyphen, breaks paragraphs at gaps and short lines', () => {
    const page1 = [line('การประชุมส่งเสริมการลงทุนภาย', 40), line('ใต้หัวข้อ DEEP C', 66), line('ได้กลายเป็น https://x.vn/doi-', 92), line('tac.html', 118, 120), line('ย่อหน้าใหม่ที่ต่อ', 160)];
    const page2 = [line('ข้ามหน้า', 40, 200)];
    expect(reflowPdfLines([page1, page2])).toBe('การประชุมส่งเสริมการลงทุนภายใต้หัวข้อ DEEP C ได้กลายเป็น https://x.vn/doi-tac.html\nย่อหน้าใหม่ที่ต่อข้ามหน้า');
  });

  it('drops header and footer lines repeated on every page (page numbers aside)', () => {
    const body = ['การส่งออก', 'การนำเข้า', 'ดุลการค้า'];
    const page = (n: number) => [line('ข่าวการค้า 21/11/2569', 10, 300), line(body[n - 1], 40, 300), line(`https://example.org ${n}/3`, 800, 300)];
    // Every body line runs to the right margin, so the text flows on across the page breaks.
    expect(reflowPdfLines([page(1), page(2), page(3)])).toBe('การส่งออกการนำเข้าดุลการค้า');
  });
});

describe('DOCX import', () => {
  it('refuses a file that is not a ZIP, and a ZIP cut short, as corrupt with a clear detail', async () => {
    expect(await importFile({ name: 'x.docx', bytes: new TextEncoder().encode('plain text, not Word') })).toMatchObject({
      ok: false,
      refusal: { reason: 'corrupt', detail: 'not a Word document (no ZIP signature)' },
    });
    const cut = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200)]);
    const r = await importFile({ name: 'cut.docx', bytes: cut });
    expect(r).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
    if (!r.ok) expect(describeRefusal(r.file, r.refusal)).toMatch(/^cut\.docx: the file is damaged or cut short \(damaged Word document \(.+\)\)$/);
  });

  it('reads a stored or deflated ZIP entry and reports a missing one', async () => {
    // A one-entry ZIP with a stored (uncompressed) file, built by hand.
    const name = new TextEncoder().encode('a.txt');
    const data = new TextEncoder().encode('สวัสดี');
    const local = new Uint8Array(30 + name.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, 0, true);
    central.set(name, 46);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, 1, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(12, central.length, true);
    ev.setUint32(16, local.length, true);
    const zip = new Uint8Array([...local, ...central, ...end]);
    expect(new TextDecoder().decode(await readZipEntry(zip, 'a.txt'))).toBe('สวัสดี');
    expect(await readZipEntry(zip, 'b.txt')).toBeUndefined();
    expect(await readZipEntry(zip.subarray(0, 40), 'a.txt')).toBeUndefined();
  });
});
