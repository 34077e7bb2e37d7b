// A PDF's text layer to text with MuPDF.js (WASM, AGPL-3.0; loaded only when a PDF arrives), checked for damaged Thai.
import type { ExtractedFile } from './extracted-file';
import { type PdfLine, reflowPdfLines } from './pdf-reflow';
import type { Refusal } from './refusal';
import { thaiDamageWarnings } from './thai-damage';

type MuPdf = typeof import('mupdf');

let mupdfPromise: Promise<MuPdf> | undefined;

/** MuPDF initialises its WASM with top-level await on first import; later calls share it. */
export function loadMupdf(): Promise<MuPdf> {
  mupdfPromise ??= import('mupdf');
  return mupdfPromise;
}

interface StextJson {
  blocks: { type: string; lines?: { wmode: number; bbox: { x: number; y: number; w: number; h: number }; text: string }[] }[];
}

/** `D:20261121230303+00'00'` (PDF date) to `2026-11-21`. */
export function pdfDateOf(value: string | undefined): string | undefined {
  const m = value && /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** A title property that is only a file name (`s001.html`, `Microsoft Word - x.docx`) or a placeholder says nothing. */
export function usefulTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || /^(?:untitled|document\d*|title|\(anonymous\))$/i.test(t)) return undefined;
  if (/^microsoft (?:word|powerpoint) - /i.test(t) || /^[^\s/\\]+\.(?:html?|pdf|docx?|txt|aspx?|php)$/i.test(t)) return undefined;
  return t;
}

/** Lines of one page in MuPDF's reading order, horizontal text only. */
function pageLines(json: string): PdfLine[] {
  const parsed = JSON.parse(json) as StextJson;
  const lines: PdfLine[] = [];
  for (const block of parsed.blocks) {
    if (block.type !== 'text' || !block.lines) continue;
    for (const l of block.lines) {
      if (l.wmode !== 0) continue;
      lines.push({ text: l.text, x0: l.bbox.x, y0: l.bbox.y, x1: l.bbox.x + l.bbox.w, y1: l.bbox.y + l.bbox.h });
    }
  }
  return lines;
}

/** Every page's lines; throws what MuPDF throws for a file it cannot open. */
export async function mupdfLines(
  bytes: Uint8Array,
): Promise<{ pages: PdfLine[][]; repaired: boolean; meta: { title?: string; author?: string; created?: string } }> {
  const mupdf = await loadMupdf();
  // MuPDF's own warnings ("trying to repair broken xref") would go to the console: kept quiet, the result says enough.
  // Reading is synchronous from here on, so no other file's read interleaves with this log setting.
  mupdf.setLog(() => {});
  let doc: InstanceType<MuPdf['Document']>;
  try {
    doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  } catch (e) {
    mupdf.setLog(null);
    throw e;
  }
  try {
    if (doc.needsPassword()) throw new Error('the PDF is password-protected');
    const pages: PdfLine[][] = [];
    const n = doc.countPages();
    for (let i = 0; i < n; i++) {
      const page = doc.loadPage(i);
      try {
        const stext = page.toStructuredText('preserve-whitespace');
        try {
          pages.push(pageLines(stext.asJSON()));
        } finally {
          stext.destroy();
        }
      } finally {
        page.destroy();
      }
    }
    const meta = {
      title: doc.getMetaData('info:Title') || undefined,
      author: doc.getMetaData('info:Author') || undefined,
      created: pdfDateOf(doc.getMetaData('info:CreationDate')),
    };
    return { pages, meta, repaired: doc.asPDF()?.wasRepaired() ?? false };
  } finally {
    doc.destroy();
    mupdf.setLog(null);
  }
}

const REPAIRED = 'the PDF was damaged (its cross-reference table was rebuilt): pages or text may be missing';

/** Pages without text among pages with text: scanned pages mixed in, whose words are missing. */
function blankPages(pages: PdfLine[][]): string[] {
  const blank = pages.flatMap((p, i) => (p.some((l) => l.text.trim() !== '') ? [] : [i + 1]));
  if (blank.length === 0) return [];
  return [`${blank.length} of ${pages.length} pages have no text layer (scanned?): page ${blank.slice(0, 10).join(', ')}${blank.length > 10 ? ', ...' : ''}`];
}

/** `%PDF-` within the first KB, as readers accept. */
const isPdf = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-');

/** Reads a PDF's text layer; refuses a damaged file (`corrupt`) or one without text (`no-text-layer`). */
export async function readPdf(bytes: Uint8Array): Promise<{ ok: true; file: ExtractedFile } | { ok: false; refusal: Refusal }> {
  if (bytes.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (!isPdf(bytes)) return { ok: false, refusal: { reason: 'corrupt', detail: 'not a PDF file (no %PDF header)' } };
  let read: Awaited<ReturnType<typeof mupdfLines>>;
  try {
    read = await mupdfLines(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, refusal: { reason: 'corrupt', detail: `damaged PDF (${why})` } };
  }
  if (read.pages.length === 0) return { ok: false, refusal: { reason: 'corrupt', detail: 'damaged PDF (no pages)' } };
  const text = reflowPdfLines(read.pages);
  if (text.trim() === '') return { ok: false, refusal: { reason: 'no-text-layer', detail: 'no text layer (scanned?)' } };
  return {
    ok: true,
    file: {
      text,
      encoding: 'binary',
      title: usefulTitle(read.meta.title),
      author: read.meta.author?.trim() || undefined,
      created: read.meta.created,
      warnings: [...(read.repaired ? [REPAIRED] : []), ...blankPages(read.pages), ...thaiDamageWarnings(text)],
    },
  };
}
