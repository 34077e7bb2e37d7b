// A PDF's text lines (with their boxes) to paragraphs: wrapped lines joined without breaking Thai words, page headers/footers dropped.

export interface PdfLine {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Thai letters and marks: a line wrap between two of them is inside a phrase, so nothing goes between. */
const THAI = /[\u0E01-\u0E5B]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A line whose right edge stops this far short of the text column (as a share of its width) ends its paragraph. */
const SHORT_LINE = 0.8;
/** A vertical step this many times the usual line pitch is a paragraph gap. */
const PARAGRAPH_GAP = 1.35;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Header/footer lines repeat on most pages (digits aside: page numbers, dates). */
function repeatedEdgeLines(pages: PdfLine[][]): Set<string> {
  const key = (l: PdfLine) => l.text.trim().replace(/[\d๐-๙]+/g, '#');
  const drop = new Set<string>();
  if (pages.length < 2) return drop;
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([...page.slice(0, 2), ...page.slice(-2)].map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) if (k !== '' && n >= Math.max(2, Math.ceil(pages.length * 0.6))) drop.add(k);
  return drop;
}

/** What goes between a wrapped line's end and the next line's start: nothing, a space, or (for `word-`) nothing. */
function joiner(before: string, after: string): string {
  if (/\s$/.test(before)) return ' ';
  const a = before.trimEnd().slice(-1);
  const b = after.trimStart()[0] ?? '';
  if (THAI.test(a) && THAI.test(b)) return '';
  if (a === '-' && WORD_CHAR.test(b)) return '';
  return ' ';
}

/**
 * Joins the lines of each page into paragraphs, one per output line. A paragraph ends at a wide vertical gap or a
 * short line; across a page break it continues unless the page's last line was short.
 */
export function reflowPdfLines(pages: PdfLine[][]): string {
  const drop = repeatedEdgeLines(pages);
  const kept = pages.map((page) => page.filter((l) => l.text.trim() !== '' && !drop.has(l.text.trim().replace(/[\d๐-๙]+/g, '#'))));
  const all = kept.flat();
  if (all.length === 0) return '';
  const left = Math.min(...all.map((l) => l.x0));
  const right = Math.max(...all.map((l) => l.x1));
  const isShort = (l: PdfLine) => l.x1 < left + (right - left) * SHORT_LINE;

  const paragraphs: string[] = [];
  let current = '';
  let last: PdfLine | undefined;
  for (const page of kept) {
    const steps = page.slice(1).map((l, i) => l.y0 - page[i].y0).filter((d) => d > 0);
    const pitch = median(steps);
    page.forEach((line, i) => {
      const text = line.text.replace(/\s+/g, ' ');
      if (last === undefined) {
        current = text.trimStart();
      } else {
        const sameFlow = i === 0 ? !isShort(last) : !isShort(last) && line.y0 > last.y0 && (pitch === 0 || line.y0 - last.y0 <= pitch * PARAGRAPH_GAP);
        if (sameFlow) {
          current = current.trimEnd() + joiner(current, text) + text.trimStart();
        } else {
          paragraphs.push(current.trim());
          current = text.trimStart();
        }
      }
      last = line;
    });
  }
  paragraphs.push(current.trim());
  return paragraphs.filter((p) => p !== '').join('\n');
}
