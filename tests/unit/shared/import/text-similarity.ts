// Whitespace-free similarity of two texts (1 - edit distance / longer length), after normalization: for tests and the PDF bench.
import { normalizeText } from '../../../../shared/text/normalize';

/** The text without any whitespace, normalized as the annotation guide says. */
export function squeeze(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** Levenshtein distance in O(n·m) time and O(m) memory over UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 when the texts are equal ignoring whitespace; 0 when nothing is shared. */
export function similarity(a: string, b: string): number {
  const [x, y] = [squeeze(a), squeeze(b)];
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer;
}
