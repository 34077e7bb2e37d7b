// Passages of a search hit: the paragraph (or a window of a long one) around each cluster of highlights, best first by coverage.

/** A highlighted match, [start, end) in the normalized text; unit is the index of the query unit it matches. */
export interface Highlight {
  start: number;
  end: number;
  unit: number;
}

/** A passage to show and scroll to, with the matches inside it (offsets into the normalized text). */
export interface Passage {
  start: number;
  end: number;
  highlights: { start: number; end: number }[];
}

export interface PassageOptions {
  /** Passages returned at most (default 3). */
  max?: number;
  /** A paragraph longer than this is cut to a window around its matches (default 280 chars). */
  maxChars?: number;
}

/** Where the paragraph around [start, end) begins and ends. */
function paragraphOf(text: string, start: number, end: number): { start: number; end: number } {
  const s = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return { start: s, end: nl === -1 ? text.length : nl };
}

/** Moves a cut to a nearby space so that no word is split (looks up to 24 chars away). */
function snapCut(text: string, at: number, lo: number, hi: number, forward: boolean): number {
  for (let d = 0; d <= 24; d++) {
    const i = forward ? at + d : at - d;
    if (i <= lo || i >= hi) return forward ? Math.min(i, hi) : Math.max(i, lo);
    if (text[i] === ' ') return forward ? i : i + 1;
  }
  return at;
}

/**
 * Passages around the highlights. With the text, a passage is the paragraph (or a window of about
 * maxChars of it, cut at spaces); without it, a fixed window clipped to [0, length).
 */
export function buildPassages(text: string | undefined, length: number, highlights: Highlight[], options: PassageOptions = {}): Passage[] {
  const max = options.max ?? 3;
  const maxChars = options.maxChars ?? 280;
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const found: { p: Passage; units: Set<number> }[] = [];
  let i = 0;
  while (i < sorted.length) {
    const h = sorted[i];
    let lo: number;
    let hi: number;
    if (text !== undefined) {
      const para = paragraphOf(text, h.start, h.end);
      lo = para.start;
      hi = para.end;
      if (hi - lo > maxChars) {
        const half = Math.floor((maxChars - (h.end - h.start)) / 3);
        const s = Math.max(lo, h.start - half);
        const e = Math.min(hi, Math.max(h.end, s + maxChars));
        lo = s > lo ? snapCut(text, s, lo, h.start, false) : lo;
        hi = e < hi ? snapCut(text, e, h.end, hi, true) : hi;
      }
    } else {
      lo = Math.max(0, h.start - Math.floor(maxChars / 3));
      hi = Math.min(length, Math.max(h.end, lo + maxChars));
    }
    const p: Passage = { start: lo, end: hi, highlights: [] };
    const units = new Set<number>();
    let lastEnd = -1;
    while (i < sorted.length && sorted[i].start < hi && sorted[i].start >= lo) {
      const x = sorted[i];
      // Overlapping matches (a word inside a phrase) show as one highlight.
      if (x.start < lastEnd) {
        const prev = p.highlights[p.highlights.length - 1];
        prev.end = Math.max(prev.end, Math.min(x.end, hi));
      } else p.highlights.push({ start: x.start, end: Math.min(x.end, hi) });
      lastEnd = Math.max(lastEnd, x.end);
      units.add(x.unit);
      i++;
    }
    if (p.highlights.length === 0) i++;
    else found.push({ p, units });
  }
  found.sort((a, b) => b.units.size - a.units.size || b.p.highlights.length - a.p.highlights.length || a.p.start - b.p.start);
  return found.slice(0, max).map((f) => f.p).sort((a, b) => a.start - b.start);
}
