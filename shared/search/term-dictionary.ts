// The index's terms looked up by prefix, suffix or inner substring: a Thai needle can start or end inside a word.
import type { TermList } from './term-list';

function bucket(map: Map<number, TermList[]>, key: number, list: TermList): void {
  const b = map.get(key);
  if (b === undefined) map.set(key, [list]);
  else b.push(list);
}

/**
 * The dictionary of a SearchIndex, kept up to date as terms arrive (nothing to sort): terms are filed by
 * their first and last one and two characters, so a prefix or suffix lookup filters one small bucket; an
 * inner substring is found with one indexOf pass over all terms joined.
 */
export class TermDictionary {
  private all: TermList[] = [];
  /** First character / first two characters (code * 0x10000 + code) -> terms. */
  private head1 = new Map<number, TermList[]>();
  private head2 = new Map<number, TermList[]>();
  /** Last character / last two characters -> terms. */
  private tail1 = new Map<number, TermList[]>();
  private tail2 = new Map<number, TermList[]>();
  /** All terms joined, each after a '\n' (never inside a term), built up lazily. */
  private blob = '';
  /** Where term i of `all` starts in the blob; terms from blobStarts.length on are not in it yet. */
  private blobStarts: number[] = [];
  /** Terms of length 1, 2, 3 (index 0, 1, 2), gathered when first asked for. */
  private short: TermList[][] | undefined;

  add(list: TermList): void {
    this.all.push(list);
    const t = list.term;
    const n = t.length;
    bucket(this.head1, t.charCodeAt(0), list);
    bucket(this.tail1, t.charCodeAt(n - 1), list);
    if (n >= 2) {
      bucket(this.head2, t.charCodeAt(0) * 0x10000 + t.charCodeAt(1), list);
      bucket(this.tail2, t.charCodeAt(n - 2) * 0x10000 + t.charCodeAt(n - 1), list);
    }
    if (n <= 3) this.short = undefined;
  }

  /** Starts over with these terms (after removed documents dropped some). */
  reset(lists: Iterable<TermList>): void {
    this.all = [];
    this.head1 = new Map();
    this.head2 = new Map();
    this.tail1 = new Map();
    this.tail2 = new Map();
    this.blob = '';
    this.blobStarts = [];
    this.short = undefined;
    for (const l of lists) this.add(l);
  }

  /** Terms starting with p (p itself included); do not modify the array. */
  withPrefix(p: string): readonly TermList[] {
    if (p.length === 1) return this.head1.get(p.charCodeAt(0)) ?? [];
    const b = this.head2.get(p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)) ?? [];
    return p.length === 2 ? b : b.filter((l) => l.term.startsWith(p));
  }

  /** Terms ending with s (s itself included); do not modify the array. */
  withSuffix(s: string): readonly TermList[] {
    const n = s.length;
    if (n === 1) return this.tail1.get(s.charCodeAt(0)) ?? [];
    const b = this.tail2.get(s.charCodeAt(n - 2) * 0x10000 + s.charCodeAt(n - 1)) ?? [];
    return n === 2 ? b : b.filter((l) => l.term.endsWith(s));
  }

  /** Calls visit with each term holding needle and the offsets of needle in it (not overlapping). */
  containing(needle: string, visit: (list: TermList, offsets: number[]) => void): void {
    if (this.blobStarts.length < this.all.length) {
      let add = '';
      for (let i = this.blobStarts.length; i < this.all.length; i++) {
        this.blobStarts.push(this.blob.length + add.length + 1);
        add += '\n' + this.all[i].term;
      }
      this.blob += add;
    }
    const starts = this.blobStarts;
    let term = -1;
    let offsets: number[] = [];
    for (let at = this.blob.indexOf(needle); at !== -1; at = this.blob.indexOf(needle, at + needle.length)) {
      // The term the match is in: the last one starting at or before it.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid] <= at) lo = mid + 1;
        else hi = mid;
      }
      const t = lo - 1;
      if (t !== term) {
        if (term !== -1) visit(this.all[term], offsets);
        term = t;
        offsets = [];
      }
      offsets.push(at - starts[t]);
    }
    if (term !== -1) visit(this.all[term], offsets);
  }

  /** Terms of a length from 1 to 3 (the words that fit in a gap of up to 3 characters between two others). */
  termsOfLength(len: number): TermList[] {
    if (this.short === undefined) {
      const short: TermList[][] = [[], [], []];
      for (const l of this.all) if (l.term.length <= 3) short[l.term.length - 1].push(l);
      this.short = short;
    }
    return this.short[len - 1];
  }
}
