// Positions while words are joined into matches: partial matches per document, ordered by word end on demand; ranges; duplicates.

/** Document number -> flat [start, end, start, end, ...] in the normalized text. */
export type Matches = Map<number, number[]>;

/** First index k in pos[from, to) with pos[k] >= x. */
export function lowerBound(pos: Uint32Array | Float64Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pos[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function pushPair(m: Matches, no: number, a: number, b: number): void {
  const flat = m.get(no);
  if (flat === undefined) m.set(no, [a, b]);
  else flat.push(a, b);
}

/** Ranges [lo, hi, lo, hi, ...] sorted and merged where they overlap or touch. */
export function mergeRanges(raw: number[]): number[] {
  const n = raw.length / 2;
  const idx = Array.from({ length: n }, (_, j) => j).sort((a, b) => raw[2 * a] - raw[2 * b]);
  const out: number[] = [];
  for (const j of idx) {
    const lo = raw[2 * j];
    const hi = raw[2 * j + 1];
    if (out.length > 0 && lo <= out[out.length - 1] + 1) out[out.length - 1] = Math.max(out[out.length - 1], hi);
    else out.push(lo, hi);
  }
  return out;
}

/** 2^26: a position and a word end packed in one number (texts are far below 64M characters) sort natively. */
const PACK = 0x4000000;

/** Partial matches at a B node: document -> flat [needle start, word end, ...]; by word end when asked. */
export class Partials {
  readonly pairs: Matches = new Map();
  private readonly sorted = new Map<number, { ends: Float64Array; starts: Float64Array }>();

  push(no: number, start: number, end: number): void {
    pushPair(this.pairs, no, start, end);
  }

  /** The partial matches of a document ordered by word end (sorted once, after the node is complete). */
  byEnd(no: number): { ends: Float64Array; starts: Float64Array } {
    let out = this.sorted.get(no);
    if (out !== undefined) return out;
    const pairs = this.pairs.get(no) as number[];
    const n = pairs.length / 2;
    const keys = new Float64Array(n);
    for (let j = 0; j < n; j++) keys[j] = pairs[2 * j + 1] * PACK + pairs[2 * j];
    keys.sort();
    out = { ends: new Float64Array(n), starts: new Float64Array(n) };
    for (let j = 0; j < n; j++) {
      out.ends[j] = Math.floor(keys[j] / PACK);
      out.starts[j] = keys[j] % PACK;
    }
    this.sorted.set(no, out);
    return out;
  }
}

/** Sorted pairs without repeats. */
export function uniquePairs(flat: number[]): number[] {
  if (flat.length <= 2) return flat;
  const idx: number[] = [];
  for (let i = 0; i < flat.length; i += 2) idx.push(i);
  idx.sort((a, b) => flat[a] - flat[b] || flat[a + 1] - flat[b + 1]);
  const out: number[] = [];
  for (const i of idx) {
    const n = out.length;
    if (n > 0 && out[n - 2] === flat[i] && out[n - 1] === flat[i + 1]) continue;
    out.push(flat[i], flat[i + 1]);
  }
  return out;
}
