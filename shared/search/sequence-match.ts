// Finds a character sequence (a Thai name, a mixed chunk, a quoted phrase) from the postings alone: inside one word or across adjacent words.
import { DocBits } from './doc-bits';
import { emptyGaps } from './gap-check';
import { lowerBound, mergeRanges, Partials, pushPair, uniquePairs, type Matches } from './partial-matches';
import type { PostingsSource } from './postings-source';
import { isLatinOrDigit } from './search-tokens';
import type { TermList } from './term-list';
import { UnitMatches, type InsideTerm } from './unit-matches';

/**
 * How an end of the needle sits in the text: `any` (a Thai letter: the needle may start or end inside a
 * word), `word` (a Latin letter or digit: not inside a longer run of them), `token` (a quoted phrase: on a
 * word boundary).
 */
type Rule = 'any' | 'word' | 'token';

/** A piece of the needle matched by one word of the text: needle[from, to) is `key` with absent spaces removed. */
interface PieceEdge {
  from: number;
  to: number;
  key: string;
  /** Terms the piece can be (one for a whole word; all terms with that suffix or prefix at the ends). */
  lists: TermList[];
  bits?: DocBits;
}

/** Characters of the needle between two words of the text: their text length is gmin..gmax. */
interface GapEdge {
  from: number;
  to: number;
  gmin: number;
  gmax: number;
}

/** Above this many postings, the documents of a piece's terms are not collected (the candidates stand for them). */
const SET_BITS_MAX_POSTINGS = 60000;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Letters, marks and digits of any script (Thai vowels and tone marks are marks): the rest can stand between words. */
function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

class NeedleMatcher {
  private readonly n: number;
  private readonly startRule: Rule;
  private readonly endRule: Rule;
  private readonly found = new UnitMatches();
  private candArray: () => number[];

  constructor(
    private readonly src: PostingsSource,
    private readonly needle: string,
    quoted: boolean,
    private cands: DocBits,
  ) {
    this.n = needle.length;
    const edgeRule = (c: number): Rule => (quoted ? 'token' : isLatinOrDigit(c) ? 'word' : 'any');
    this.startRule = edgeRule(needle.charCodeAt(0));
    this.endRule = edgeRule(needle.charCodeAt(this.n - 1));
    let arr: number[] | undefined;
    this.candArray = () => (arr ??= cands.toArray());
  }

  run(mode: 'rank' | 'complete'): UnitMatches {
    if (this.n === 0) return this.found;
    this.single();
    if (mode === 'rank' && this.found.counts.size > 0) {
      // Ranking only needs to know which documents match: a document found inside a word is not searched
      // across words as well (for a common word, e.g. ที่มา as ที่|มา, that join is most of the work). Its
      // matches across words are added for the hits shown (acrossPending, matchAcross).
      const inside = new DocBits(this.src.docCapacity);
      for (const no of this.found.counts.keys()) inside.add(no);
      this.found.acrossPending = inside;
      this.setCands(this.cands.copy().andNot(inside));
      if (this.cands.isEmpty()) return this.found;
    }
    this.addAcross();
    return this.found;
  }

  /** Only the matches across words (for documents whose inside-word matches are known). */
  runAcross(): UnitMatches {
    if (this.n > 0) this.addAcross();
    return this.found;
  }

  private setCands(cands: DocBits): void {
    this.cands = cands;
    let arr: number[] | undefined;
    this.candArray = () => (arr ??= cands.toArray());
  }

  private addAcross(): void {
    // Matches across words never equal one inside a word (they hold a word end), but two cuts of the
    // needle can find the same one.
    for (const [no, flat] of this.acrossWords()) this.found.addSpans(no, uniquePairs(flat));
  }

  /** A space with a Latin letter or digit on both sides: it must be white space in the text, never absent. */
  private isLatinSpace(i: number): boolean {
    return isLatinOrDigit(this.needle.charCodeAt(i - 1)) && isLatinOrDigit(this.needle.charCodeAt(i + 1));
  }

  /**
   * The term needle[from, to) must be, with its spaces taken as absent (a space between Thai words may be
   * missing in the text); undefined when it cannot be one word (a space at an end, or between Latin words).
   */
  private key(from: number, to: number): string | undefined {
    const s = this.needle.slice(from, to);
    if (!s.includes(' ')) return s;
    if (s[0] === ' ' || s[s.length - 1] === ' ') return undefined;
    for (let i = from; i < to; i++) if (this.needle[i] === ' ' && this.isLatinSpace(i)) return undefined;
    return s.replace(/ /g, '');
  }

  private startOk(term: string, at: number): boolean {
    if (this.startRule === 'any' || at === 0) return true;
    return this.startRule === 'word' && !isLatinOrDigit(term.charCodeAt(at - 1));
  }

  private endOk(term: string, at: number): boolean {
    if (this.endRule === 'any' || at === term.length) return true;
    return this.endRule === 'word' && !isLatinOrDigit(term.charCodeAt(at));
  }

  /** (a) The whole needle inside one word of the text. */
  private single(): void {
    const key = this.key(0, this.n);
    if (key === undefined) return;
    const terms: InsideTerm[] = [];
    if (this.startRule === 'token' && this.endRule === 'token') {
      const list = this.src.term(key);
      if (list !== undefined) terms.push({ list, offsets: [0] });
    } else {
      this.src.dictionary.containing(key, (list, offsets) => {
        const ok = offsets.filter((o) => this.startOk(list.term, o) && this.endOk(list.term, o + key.length));
        if (ok.length > 0) terms.push({ list, offsets: ok });
      });
    }
    this.found.addInside(terms, key.length, this.cands, this.candArray);
  }

  /**
   * (b) Across adjacent words: needle = suffix(t1) gap t2 gap ... gap prefix(tk), where each gap is
   * empty (the words touch) or stands for needle characters that are not in words (punctuation, spaces).
   * The ways to cut the needle form a small graph over its offsets: B[p] "a word ends at needle offset p",
   * A[p] "a word starts at p". Documents are narrowed on the whole graph first (bit sets, both
   * directions), so that a piece with thousands of terms (a one-letter suffix) is only looked at in the
   * documents where every other piece of a complete cut can stand; positions are joined last.
   */
  private acrossWords(): Matches {
    const { n } = this;
    const across: Matches = new Map();
    if (n < 2) return across;
    const dict = this.src.dictionary;
    const first: PieceEdge[] = [];
    const mids: PieceEdge[][] = Array.from({ length: n }, () => []);
    const lasts: (PieceEdge | undefined)[] = new Array<PieceEdge | undefined>(n);
    const gapsFrom: GapEdge[][] = Array.from({ length: n }, () => []);
    const gapsTo: GapEdge[][] = Array.from({ length: n }, () => []);
    const reachB = new Array<boolean>(n).fill(false);
    const reachA = new Array<boolean>(n).fill(false);

    for (let q = 1; q < n; q++) {
      const key = this.key(0, q);
      if (key === undefined) continue;
      const lists = this.startRule === 'token' ? this.exact(key) : dict.withSuffix(key).filter((l) => this.startOk(l.term, l.term.length - key.length));
      if (lists.length === 0) continue;
      first.push({ from: 0, to: q, key, lists });
      reachB[q] = true;
    }
    // Offsets ascending: B[p] is complete once every A before p is done, and A[p] once B[..p] are.
    for (let p = 1; p < n; p++) {
      if (reachB[p]) {
        for (const g of this.gapsAfter(p)) {
          gapsFrom[p].push(g);
          gapsTo[g.to].push(g);
          reachA[g.to] = true;
        }
      }
      if (!reachA[p]) continue;
      for (let q = p + 1; q < n; q++) {
        const key = this.key(p, q);
        if (key === undefined) continue;
        const list = this.src.term(key);
        if (list === undefined) continue;
        mids[p].push({ from: p, to: q, key, lists: [list] });
        reachB[q] = true;
      }
      const key = this.key(p, n);
      if (key === undefined) continue;
      const lists = this.endRule === 'token' ? this.exact(key) : dict.withPrefix(key).filter((l) => this.endOk(l.term, key.length));
      if (lists.length > 0) lasts[p] = { from: p, to: n, key, lists };
    }

    // Backwards: which nodes lie on a complete cut (structure only, then documents).
    const liveA = new Array<boolean>(n).fill(false);
    const liveB = new Array<boolean>(n).fill(false);
    for (let p = n - 1; p >= 1; p--) {
      mids[p] = mids[p].filter((e) => liveB[e.to]);
      liveA[p] = reachA[p] && (lasts[p] !== undefined || mids[p].length > 0);
      gapsFrom[p] = gapsFrom[p].filter((g) => liveA[g.to]);
      liveB[p] = reachB[p] && gapsFrom[p].length > 0;
    }
    const firstLive = first.filter((e) => liveB[e.to]);
    if (firstLive.length === 0) return across;

    const cap = this.src.docCapacity;
    const empty = () => new DocBits(cap);
    const fB: DocBits[] = Array.from({ length: n }, empty);
    const fA: DocBits[] = Array.from({ length: n }, empty);
    for (const e of firstLive) fB[e.to].or(this.bitsOf(e));
    let anyEnd = false;
    for (let p = 1; p < n; p++) {
      if (liveA[p]) for (const g of gapsTo[p]) if (liveB[g.from]) fA[p].or(fB[g.from]);
      if (!liveA[p]) continue;
      for (const e of mids[p]) fB[e.to].or(this.bitsOf(e).copy().and(fA[p]));
      const last = lasts[p];
      if (last !== undefined && !this.bitsOf(last).copy().and(fA[p]).isEmpty()) anyEnd = true;
    }
    if (!anyEnd) return across;
    const rA: DocBits[] = Array.from({ length: n }, empty);
    const rB: DocBits[] = Array.from({ length: n }, empty);
    for (let p = n - 1; p >= 1; p--) {
      if (liveA[p]) {
        const last = lasts[p];
        if (last !== undefined) rA[p].or(this.bitsOf(last));
        for (const e of mids[p]) rA[p].or(this.bitsOf(e).copy().and(rB[e.to]));
        rA[p].and(fA[p]);
      }
      if (liveB[p]) {
        for (const g of gapsFrom[p]) rB[p].or(rA[g.to]);
        rB[p].and(fB[p]);
      }
    }

    // Positions, offsets ascending. pB[p]: document -> flat [needle start, word end] where a word ends at p.
    const pB: Partials[] = Array.from({ length: n }, () => new Partials());
    for (const e of firstLive) this.firstPiece(e, rB[e.to], pB[e.to], this.nextTerms(e.to, gapsFrom, mids, lasts));
    for (let p = 1; p < n; p++) {
      if (!liveA[p] || rA[p].isEmpty()) continue;
      const sources = gapsTo[p].filter((g) => liveB[g.from] && pB[g.from].pairs.size > 0);
      if (sources.length === 0) continue;
      for (const e of mids[p]) if (!rB[e.to].isEmpty()) this.nextPiece(e, sources, pB, rB[e.to], pB[e.to]);
      const last = lasts[p];
      if (last !== undefined) this.nextPiece(last, sources, pB, rA[p], across);
    }
    return across;
  }

  private exact(key: string): TermList[] {
    const list = this.src.term(key);
    return list === undefined ? [] : [list];
  }

  /** The gaps that can follow a word ending at needle offset p (the empty gap when a word can start at p). */
  private gapsAfter(p: number): GapEdge[] {
    const out: GapEdge[] = [];
    const { needle, n } = this;
    if (needle[p] !== ' ') out.push({ from: p, to: p, gmin: 0, gmax: 0 });
    let gmin = 0;
    let gmax = 0;
    for (let q = p; q < n - 1 && !isWordChar(needle[q]); q++) {
      if (needle[q] === ' ') {
        // A space between Thai words may be absent in the text; between Latin words or numbers it is white
        // space. Its characters are not in the postings: any 1-3 characters with no word in them count.
        gmin += this.isLatinSpace(q) ? 1 : 0;
        gmax += 3;
      } else {
        // Punctuation of the needle: one character of the text, not checked (it is not in the postings).
        gmin += 1;
        gmax += 1;
      }
      if (needle[q + 1] !== ' ') out.push({ from: p, to: q + 1, gmin, gmax });
    }
    return out;
  }

  /** The documents (among the candidates) where a piece's terms occur; all candidates when that costs too much. */
  private bitsOf(e: PieceEdge): DocBits {
    if (e.bits !== undefined) return e.bits;
    let postings = 0;
    for (const l of e.lists) postings += l.df;
    let bits: DocBits;
    if (postings > SET_BITS_MAX_POSTINGS) bits = this.cands.copy();
    else {
      bits = new DocBits(this.src.docCapacity);
      for (const l of e.lists) for (let i = 0; i < l.df; i++) bits.add(l.de[2 * i]);
      bits.and(this.cands);
    }
    e.bits = bits;
    return bits;
  }

  /**
   * What can follow a word ending at B[q] when the continuations are few terms (middle words, last words of
   * few terms): each with the gap before it. Undefined when there are many.
   */
  private nextTerms(q: number, gapsFrom: GapEdge[][], mids: PieceEdge[][], lasts: (PieceEdge | undefined)[]): { list: TermList; gmin: number; gmax: number }[] | undefined {
    const out: { list: TermList; gmin: number; gmax: number }[] = [];
    for (const g of gapsFrom[q]) {
      for (const e of mids[g.to]) out.push({ list: e.lists[0], gmin: g.gmin, gmax: g.gmax });
      const last = lasts[g.to];
      if (last === undefined) continue;
      if (out.length + last.lists.length > 16) return undefined;
      for (const list of last.lists) out.push({ list, gmin: g.gmin, gmax: g.gmax });
    }
    return out.length <= 16 ? out : undefined;
  }

  /**
   * The first word: a term ending with the piece; the needle starts piece-length before its end. When the
   * piece has many terms (a short suffix) and few terms can follow, only the ends where one of them starts
   * are looked at (not every occurrence of every term ending with, say, นา).
   */
  private firstPiece(e: PieceEdge, live: DocBits, into: Partials, next: { list: TermList; gmin: number; gmax: number }[] | undefined): void {
    if (live.isEmpty()) return;
    let arr: number[] | undefined;
    const docs = () => (arr ??= live.toArray());
    const klen = e.key.length;
    const seeded = e.lists.length > 1 && next !== undefined;
    /** Per document: sorted, merged [lo, hi] ranges where the first word may end. */
    const ends = new Map<number, number[]>();
    const endsIn = (no: number): number[] => {
      let r = ends.get(no);
      if (r !== undefined) return r;
      const raw: number[] = [];
      for (const { list, gmin, gmax } of next ?? []) {
        const i = list.find(no);
        if (i !== -1) for (let k = list.from(i); k < list.to(i); k++) raw.push(list.pos[k] - gmax, list.pos[k] - gmin);
      }
      r = mergeRanges(raw);
      ends.set(no, r);
      return r;
    };
    for (const list of e.lists) {
      const tlen = list.term.length;
      const pos = list.pos;
      list.eachDocIn(live, docs, (i, no) => {
        const from = list.from(i);
        const to = list.to(i);
        if (!seeded || to - from <= 2) {
          for (let k = from; k < to; k++) into.push(no, pos[k] + tlen - klen, pos[k] + tlen);
          return;
        }
        const r = endsIn(no);
        for (let j = 0; j < r.length; j += 2) {
          for (let k = lowerBound(pos, r[j] - tlen, from, to); k < to && pos[k] + tlen <= r[j + 1]; k++) into.push(no, pos[k] + tlen - klen, pos[k] + tlen);
        }
      });
    }
  }

  /**
   * A word starting after one of the gaps in sources: a middle word (exact term) into a B node, or the last
   * word (a term starting with the piece) into the matches. Matches across a non-empty gap are kept only
   * when no word stands in the gap (checked in one batch at the end).
   */
  private nextPiece(e: PieceEdge, sources: GapEdge[], pB: Partials[], live: DocBits, into: Matches | Partials): void {
    const klen = e.key.length;
    const add = into instanceof Partials ? (no: number, a: number, b: number) => into.push(no, a, b) : (no: number, a: number, b: number) => pushPair(into, no, a, b);
    /** Flat [doc, needle start, gap start, word start] of matches across a non-empty gap. */
    const gapped: number[] = [];
    const emit = (no: number, s: number, end: number, x: number) => {
      if (x === end) add(no, s, x + klen);
      else gapped.push(no, s, end, x);
    };
    for (const g of sources) {
      const node = pB[g.from];
      const from = node.pairs;
      const docs: number[] = [];
      const bits = new DocBits(this.src.docCapacity);
      for (const no of from.keys()) {
        if (live.has(no)) {
          docs.push(no);
          bits.add(no);
        }
      }
      if (docs.length === 0) continue;
      docs.sort((a, b) => a - b);
      for (const list of e.lists) {
        list.eachDocIn(bits, () => docs, (i, no) => {
          const pairs = from.get(no) as number[];
          const lo = list.from(i);
          const hi = list.to(i);
          const pos = list.pos;
          if (e.lists.length === 1 || pairs.length / 2 <= hi - lo) {
            // One term, or few partial matches: look each one's next word up in the term's positions.
            for (let j = 0; j < pairs.length; j += 2) {
              const end = pairs[j + 1];
              for (let k = lowerBound(pos, end + g.gmin, lo, hi); k < hi && pos[k] <= end + g.gmax; k++) emit(no, pairs[j], end, pos[k]);
            }
            return;
          }
          // Many partial matches and many terms (a short last piece): look each position of the term up
          // among the partial matches ordered by end (sorted once per document for all the terms).
          const { ends, starts } = node.byEnd(no);
          for (let k = lo; k < hi; k++) {
            const x = pos[k];
            for (let j = lowerBound(ends, x - g.gmax, 0, ends.length); j < ends.length && ends[j] <= x - g.gmin; j++) emit(no, starts[j], ends[j], x);
          }
        });
      }
    }
    if (gapped.length === 0) return;
    const ok = emptyGaps(this.src, gapped);
    for (let k = 0; k < ok.length; k++) if (ok[k]) add(gapped[4 * k], gapped[4 * k + 1], gapped[4 * k + 3] + klen);
  }

}

/**
 * Every occurrence of a sequence needle (folded, spaces single) in the candidate documents, from the
 * postings only. A quoted needle starts and ends on word boundaries; a Latin letter or digit at an end of
 * the needle is not inside a longer Latin/number run of the text.
 */
export function matchNeedle(src: PostingsSource, needle: string, quoted: boolean, cands: DocBits, mode: 'rank' | 'complete' = 'complete'): UnitMatches {
  return new NeedleMatcher(src, needle, quoted, cands).run(mode);
}

/** The matches across words only, in the candidate documents (to complete a 'rank' result for the hits shown). */
export function matchAcross(src: PostingsSource, needle: string, quoted: boolean, cands: DocBits): UnitMatches {
  return new NeedleMatcher(src, needle, quoted, cands).runAcross();
}
