// A query unit's matches: how many in each document (to rank them all) and where (worked out only for the hits shown).
import type { DocBits } from './doc-bits';
import type { TermList } from './term-list';

/** Terms holding what a unit seeks, with its offsets in each term. */
export interface InsideTerm {
  list: TermList;
  offsets: number[];
}

/**
 * Matches inside single words are kept as the terms that hold them (a short needle can sit in thousands of
 * terms and hundreds of thousands of places: only their counts are needed to rank); matches across words
 * are few and kept as spans.
 */
export class UnitMatches {
  /** Document -> number of matches. */
  readonly counts = new Map<number, number>();
  private inside: InsideTerm[] = [];
  private insideLength = 0;
  private readonly across = new Map<number, number[]>();
  /**
   * Documents matched inside a word whose matches across words were not looked for while ranking (see
   * matchNeedle): SearchIndex adds them for the hits it shows.
   */
  acrossPending: DocBits | undefined;

  /** Counts the occurrences of a string of this length inside these terms, in the documents of cands. */
  addInside(terms: InsideTerm[], length: number, cands: DocBits, candArray: () => readonly number[]): void {
    this.inside = terms;
    this.insideLength = length;
    for (const { list, offsets } of terms) {
      list.eachDocIn(cands, candArray, (i, no) => {
        this.counts.set(no, (this.counts.get(no) ?? 0) + (list.to(i) - list.from(i)) * offsets.length);
      });
    }
  }

  /** Adds matches [start, end, ...] found across words in a document (none of them inside one word). */
  addSpans(no: number, flat: number[]): void {
    if (flat.length === 0) return;
    this.counts.set(no, (this.counts.get(no) ?? 0) + flat.length / 2);
    const had = this.across.get(no);
    if (had === undefined) this.across.set(no, flat);
    else for (const x of flat) had.push(x);
  }

  /** The matches in a document, [start, end, ...] in the normalized text (unordered). */
  spans(no: number): number[] {
    if (!this.counts.has(no)) return [];
    const out: number[] = [];
    const len = this.insideLength;
    for (const { list, offsets } of this.inside) {
      const i = list.find(no);
      if (i === -1) continue;
      for (let k = list.from(i); k < list.to(i); k++) for (const o of offsets) out.push(list.pos[k] + o, list.pos[k] + o + len);
    }
    for (const x of this.across.get(no) ?? []) out.push(x);
    return out;
  }
}
