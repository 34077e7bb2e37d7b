// A term's postings in the merged index (documents and positions) in typed arrays grown by doubling.
import type { DocBits } from './doc-bits';

/** a, or a copy at least need long (doubling). */
export function grow(a: Uint32Array, need: number): Uint32Array {
  if (need <= a.length) return a;
  let size = Math.max(4, a.length * 2);
  while (size < need) size *= 2;
  const next = new Uint32Array(size);
  next.set(a);
  return next;
}

/**
 * A term's postings: `df` documents in ascending order, each with its positions (start offsets, ascending).
 * Document i is `de[2i]`; its positions are `pos[de[2i-1] .. de[2i+1])` (0 for the first), i.e. `de`
 * interleaves document numbers and the ends of their position runs (one array fewer per term).
 */
export class TermList {
  de: Uint32Array;
  pos: Uint32Array;
  df = 0;
  npos = 0;

  constructor(
    readonly term: string,
    positionsHint = 1,
  ) {
    this.de = new Uint32Array(2);
    this.pos = new Uint32Array(positionsHint);
  }

  /** Adds document no (greater than any already here) with positions src[from, to). */
  append(no: number, src: ArrayLike<number>, from: number, to: number): void {
    const n = to - from;
    this.pos = grow(this.pos, this.npos + n);
    const pos = this.pos;
    let at = this.npos;
    for (let k = from; k < to; k++) pos[at++] = src[k];
    this.npos = at;
    this.de = grow(this.de, 2 * this.df + 2);
    this.de[2 * this.df] = no;
    this.de[2 * this.df + 1] = at;
    this.df++;
  }

  /** Drops the room kept for growth (after a bulk load: about a third of the index). */
  trim(): void {
    if (this.pos.length > this.npos) this.pos = this.pos.slice(0, this.npos);
    if (this.de.length > 2 * this.df) this.de = this.de.slice(0, 2 * this.df);
  }

  doc(i: number): number {
    return this.de[2 * i];
  }

  /** Start of the positions of the i-th document in pos. */
  from(i: number): number {
    return i === 0 ? 0 : this.de[2 * i - 1];
  }

  /** End (exclusive) of the positions of the i-th document in pos. */
  to(i: number): number {
    return this.de[2 * i + 1];
  }

  /** Index of document no in this list, or -1. */
  find(no: number): number {
    const de = this.de;
    let lo = 0;
    let hi = this.df;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (de[2 * mid] < no) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.df && de[2 * lo] === no ? lo : -1;
  }

  /**
   * Calls visit(i, no) for each document no of this list that is in bits (i its index here), walking the
   * list or looking the documents of bits (docs(), ascending) up in it, whichever is cheaper.
   */
  eachDocIn(bits: DocBits, docs: () => readonly number[], visit: (i: number, no: number) => void): void {
    const arr = this.df > 64 ? docs() : undefined;
    if (arr !== undefined && arr.length * 16 < this.df) {
      for (const no of arr) {
        const i = this.find(no);
        if (i !== -1) visit(i, no);
      }
      return;
    }
    for (let i = 0; i < this.df; i++) {
      const no = this.de[2 * i];
      if (bits.has(no)) visit(i, no);
    }
  }

  /** Drops the documents that are not alive; false when none is left. */
  retain(alive: (no: number) => boolean): boolean {
    let kept = 0;
    let at = 0;
    let from = 0;
    for (let i = 0; i < this.df; i++) {
      const no = this.de[2 * i];
      const to = this.de[2 * i + 1];
      if (alive(no)) {
        this.pos.copyWithin(at, from, to);
        at += to - from;
        this.de[2 * kept] = no;
        this.de[2 * kept + 1] = at;
        kept++;
      }
      from = to;
    }
    this.df = kept;
    this.npos = at;
    if (kept > 0) {
      this.de = this.de.slice(0, 2 * kept);
      this.pos = this.pos.slice(0, at);
    }
    return kept > 0;
  }
}
