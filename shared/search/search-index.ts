// The in-memory search index: merges per-document postings, removes documents, answers queries ranked by BM25 with passages.
import { fromStored, indexDocument, isThaiTerm, type DocPostings, type StoredDocPostings } from './doc-postings';
import { isPlainNeedle, needleRegex, parseQuery, type ParsedQuery, type QueryUnit } from './query-parser';
import { addThaiBigrams, isLatinOrDigit, isWordAligned } from './search-tokens';
import { buildPassages, type Highlight, type Passage } from './snippet';

export interface SearchDocMeta {
  /** The article's date (ISO yyyy-mm-dd), for date-range filters and the order of filter-only listings. */
  date?: string;
}

export interface SearchOptions {
  /** Only these documents (entity, annotation type or tag filters, resolved by the caller). */
  allowDocIds?: ReadonlySet<string>;
  /** Inclusive ISO date range on the documents' dates; a document without a date fails any range. */
  dateFrom?: string;
  dateTo?: string;
  /** Hits returned (default 50) after skipping offset (default 0). */
  limit?: number;
  offset?: number;
  /** Passages per hit (default 3). */
  passages?: number;
  /**
   * The normalized text of a document. Needed to verify character matches that the word postings do not
   * confirm (a name ICU split differently, a phrase with spaces) and to cut passages at paragraphs;
   * without it only word-confirmed matches count.
   */
  getText?: (docId: string) => string | undefined;
}

export interface SearchHit {
  docId: string;
  score: number;
  date?: string;
  /** Matches of all query units in the document. */
  matches: number;
  /** Offsets into the normalized text, for highlighting and scrolling. */
  passages: Passage[];
}

export interface SearchResults {
  /** Documents matching (before limit/offset). */
  total: number;
  hits: SearchHit[];
}

export interface SearchIndexStats {
  docs: number;
  terms: number;
  termPostings: number;
  positions: number;
  grams: number;
  gramPostings: number;
}

/** A term's postings: ascending document numbers; the positions of docs[i] are pos[ends[i-1] .. ends[i]). */
interface TermList {
  docs: number[];
  ends: number[];
  pos: number[];
}

/** A unit's matches: document number -> flat [start, end, start, end, ...]. */
type Matches = Map<number, number[]>;

const K1 = 1.2;
const B = 0.75;

/** Lower bound of x in the ascending array a. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intersectSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}

export class SearchIndex {
  private ids: string[] = [];
  private tokenCounts: number[] = [];
  private charLengths: number[] = [];
  private dates: (string | undefined)[] = [];
  private alive: boolean[] = [];
  private byId = new Map<string, number>();
  private terms = new Map<string, TermList>();
  private grams = new Map<number, number[]>();
  private liveTokens = 0;
  private dead = 0;

  /** An index of stored rows (e.g. read from IndexedDB at start-up). */
  static fromStored(rows: Iterable<StoredDocPostings>, metaOf?: (docId: string) => SearchDocMeta | undefined): SearchIndex {
    const index = new SearchIndex();
    for (const row of rows) index.add(fromStored(row), metaOf?.(row.docId));
    return index;
  }

  /** Live documents. */
  get size(): number {
    return this.byId.size;
  }

  has(docId: string): boolean {
    return this.byId.has(docId);
  }

  /** Indexes a normalized text and adds it. */
  addText(docId: string, text: string, meta: SearchDocMeta = {}): void {
    this.add(indexDocument(docId, text), meta);
  }

  /** Adds a document's postings; a document already in the index is replaced. */
  add(p: DocPostings, meta: SearchDocMeta = {}): void {
    this.remove(p.docId);
    const no = this.ids.length;
    this.ids.push(p.docId);
    this.tokenCounts.push(p.tokenCount);
    this.charLengths.push(p.charLength);
    this.dates.push(meta.date);
    this.alive.push(true);
    this.byId.set(p.docId, no);
    this.liveTokens += p.tokenCount;
    for (const [term, positions] of p.terms) {
      let list = this.terms.get(term);
      if (list === undefined) {
        list = { docs: [], ends: [], pos: [] };
        this.terms.set(term, list);
      }
      list.docs.push(no);
      for (const x of positions) list.pos.push(x);
      list.ends.push(list.pos.length);
    }
    for (const g of p.grams) {
      const list = this.grams.get(g);
      if (list === undefined) this.grams.set(g, [no]);
      else list.push(no);
    }
  }

  /** Removes a document; its postings are dropped for good when enough documents are removed. */
  remove(docId: string): boolean {
    const no = this.byId.get(docId);
    if (no === undefined) return false;
    this.byId.delete(docId);
    this.alive[no] = false;
    this.liveTokens -= this.tokenCounts[no];
    this.dead++;
    if (this.dead > 256 && this.dead * 4 > this.ids.length) this.compact();
    return true;
  }

  /** Drops the postings of removed documents. */
  compact(): void {
    for (const [term, list] of this.terms) {
      const next: TermList = { docs: [], ends: [], pos: [] };
      let from = 0;
      list.docs.forEach((d, i) => {
        if (this.alive[d]) {
          next.docs.push(d);
          for (let k = from; k < list.ends[i]; k++) next.pos.push(list.pos[k]);
          next.ends.push(next.pos.length);
        }
        from = list.ends[i];
      });
      if (next.docs.length === 0) this.terms.delete(term);
      else this.terms.set(term, next);
    }
    for (const [g, list] of this.grams) {
      const next = list.filter((d) => this.alive[d]);
      if (next.length === 0) this.grams.delete(g);
      else this.grams.set(g, next);
    }
    this.dead = 0;
  }

  stats(): SearchIndexStats {
    let termPostings = 0;
    let positions = 0;
    for (const l of this.terms.values()) {
      termPostings += l.docs.length;
      positions += l.pos.length;
    }
    let gramPostings = 0;
    for (const l of this.grams.values()) gramPostings += l.length;
    return { docs: this.size, terms: this.terms.size, termPostings, positions, grams: this.grams.size, gramPostings };
  }

  /** Distinct terms with the number of documents holding each (for query samples and suggestions). */
  *vocabulary(): Generator<[string, number]> {
    for (const [t, l] of this.terms) yield [t, l.docs.length];
  }

  /** Documents matching every unit of the query and the filters, best first, with passages. */
  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResults {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const allowed = this.filter(options);
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    if (parsed.units.length === 0) return this.listing(allowed, options, limit, offset);

    // Most selective unit first; each later unit is only checked in the documents still standing.
    const order = parsed.units.map((u, k) => ({ u, k, est: this.estimate(u) })).sort((a, b) => a.est - b.est);
    const matches: Matches[] = new Array<Matches>(parsed.units.length);
    const dfs: number[] = new Array<number>(parsed.units.length).fill(0);
    let restrict: Set<number> | undefined;
    for (const { u, k } of order) {
      const { found, df } = u.kind === 'word' ? this.matchWord(u.term, allowed, restrict) : this.matchSequence(u, allowed, restrict, options.getText);
      matches[k] = found;
      dfs[k] = df;
      restrict = new Set(found.keys());
      if (restrict.size === 0) return { total: 0, hits: [] };
    }

    const n = Math.max(1, this.size);
    const avgLen = Math.max(1, this.liveTokens / n);
    const scored: { no: number; score: number; count: number }[] = [];
    for (const no of restrict ?? []) {
      let score = 0;
      let count = 0;
      const norm = K1 * (1 - B + (B * this.tokenCounts[no]) / avgLen);
      parsed.units.forEach((u, k) => {
        const tf = (matches[k].get(no)?.length ?? 0) / 2;
        count += tf;
        const df = Math.min(n, Math.max(dfs[k], 1));
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (u.kind === 'sequence' && u.quoted ? 1.5 : 1) * idf * ((tf * (K1 + 1)) / (tf + norm));
      });
      scored.push({ no, score, count });
    }
    scored.sort((a, b) => b.score - a.score || (this.dates[b.no] ?? '').localeCompare(this.dates[a.no] ?? '') || a.no - b.no);

    const hits = scored.slice(offset, offset + limit).map(({ no, score, count }): SearchHit => {
      const highlights: Highlight[] = [];
      matches.forEach((m, unit) => {
        const flat = m.get(no) ?? [];
        for (let i = 0; i < flat.length; i += 2) highlights.push({ start: flat[i], end: flat[i + 1], unit });
      });
      const docId = this.ids[no];
      const text = options.getText?.(docId);
      const passages = buildPassages(text, this.charLengths[no], highlights, { max: options.passages ?? 3 });
      return { docId, score, date: this.dates[no], matches: count, passages };
    });
    return { total: scored.length, hits };
  }

  private filter(options: SearchOptions): (no: number) => boolean {
    const { allowDocIds, dateFrom, dateTo } = options;
    return (no) => {
      if (!this.alive[no]) return false;
      if (allowDocIds !== undefined && !allowDocIds.has(this.ids[no])) return false;
      if (dateFrom !== undefined || dateTo !== undefined) {
        const d = this.dates[no];
        if (d === undefined) return false;
        if (dateFrom !== undefined && d < dateFrom) return false;
        if (dateTo !== undefined && d.slice(0, dateTo.length) > dateTo) return false;
      }
      return true;
    };
  }

  /** With no words, the filtered documents newest first (nothing when no filter is set). */
  private listing(allowed: (no: number) => boolean, options: SearchOptions, limit: number, offset: number): SearchResults {
    if (options.allowDocIds === undefined && options.dateFrom === undefined && options.dateTo === undefined) return { total: 0, hits: [] };
    const nos = [...this.byId.values()].filter(allowed);
    nos.sort((a, b) => (this.dates[b] ?? '').localeCompare(this.dates[a] ?? '') || b - a);
    return {
      total: nos.length,
      hits: nos.slice(offset, offset + limit).map((no) => ({ docId: this.ids[no], score: 0, date: this.dates[no], matches: 0, passages: [] })),
    };
  }

  /** Rough number of documents a unit can match (to order the units). */
  private estimate(u: QueryUnit): number {
    if (u.kind === 'word') return this.terms.get(u.term)?.docs.length ?? 0;
    let best = Infinity;
    for (const t of u.terms) if (!isThaiTerm(t)) best = Math.min(best, this.terms.get(t)?.docs.length ?? 0);
    const keys = new Set<number>();
    addThaiBigrams(u.needle, keys);
    for (const g of keys) best = Math.min(best, this.grams.get(g)?.length ?? 0);
    return best === Infinity ? this.ids.length : best;
  }

  /** Occurrences of needle inside single words of the text (all terms that contain it), by document. */
  private containing(needle: string, allowed: (no: number) => boolean, restrict: Set<number> | undefined): Matches {
    const found: Matches = new Map();
    for (const [term, list] of this.terms) {
      if (term.length < needle.length) continue;
      const inner = term.indexOf(needle);
      if (inner === -1) continue;
      const offsets: number[] = [];
      for (let k = inner; k !== -1; k = term.indexOf(needle, k + needle.length)) offsets.push(k);
      let from = 0;
      for (let i = 0; i < list.docs.length; i++) {
        const no = list.docs[i];
        const to = list.ends[i];
        if ((restrict === undefined || restrict.has(no)) && allowed(no)) {
          let flat = found.get(no);
          if (flat === undefined) found.set(no, (flat = []));
          for (let k = from; k < to; k++) for (const o of offsets) flat.push(list.pos[k] + o, list.pos[k] + o + needle.length);
        }
        from = to;
      }
    }
    return found;
  }

  /** Positions of a term in document no, or undefined. */
  private positionsIn(list: TermList, no: number): number[] | undefined {
    const i = lowerBound(list.docs, no);
    if (list.docs[i] !== no) return undefined;
    return list.pos.slice(i === 0 ? 0 : list.ends[i - 1], list.ends[i]);
  }

  private matchWord(term: string, allowed: (no: number) => boolean, restrict: Set<number> | undefined): { found: Matches; df: number } {
    const found: Matches = new Map();
    const list = this.terms.get(term);
    if (list === undefined) return { found, df: 0 };
    const len = term.length;
    let from = 0;
    for (let i = 0; i < list.docs.length; i++) {
      const no = list.docs[i];
      const to = list.ends[i];
      if ((restrict === undefined || restrict.has(no)) && allowed(no)) {
        const flat: number[] = [];
        for (let k = from; k < to; k++) flat.push(list.pos[k], list.pos[k] + len);
        found.set(no, flat);
      }
      from = to;
    }
    return { found, df: list.docs.length };
  }

  /**
   * A character sequence: candidates hold all its Thai bigrams and its Latin/number words; a candidate
   * where its words stand side by side is confirmed from the postings, any other is checked on its text.
   */
  private matchSequence(
    u: Extract<QueryUnit, { kind: 'sequence' }>,
    allowed: (no: number) => boolean,
    restrict: Set<number> | undefined,
    getText: ((docId: string) => string | undefined) | undefined,
  ): { found: Matches; df: number } {
    const found: Matches = new Map();
    const lists: number[][] = [];
    const keys = new Set<number>();
    addThaiBigrams(u.needle, keys);
    for (const g of keys) lists.push(this.grams.get(g) ?? []);
    for (const t of u.terms) if (!isThaiTerm(t)) lists.push(this.terms.get(t)?.docs ?? []);
    if (lists.length === 0) for (const t of u.terms) lists.push(this.terms.get(t)?.docs ?? []);
    if (lists.length === 0) return { found, df: 0 };
    lists.sort((a, b) => a.length - b.length);
    let cands = lists[0];
    for (let i = 1; i < lists.length && cands.length > 0; i++) cands = intersectSorted(cands, lists[i]);
    const df = cands.length;

    // Side by side in the postings: the words cover the needle with nothing between them.
    const termLists = u.terms.map((t) => this.terms.get(t));
    let adjacent = !u.needle.includes(' ') && u.offsets.length === u.terms.length && termLists.every((l) => l !== undefined);
    for (let i = 0; adjacent && i < u.terms.length; i++) {
      const end = u.offsets[i] + u.terms[i].length;
      if (end !== (i + 1 < u.terms.length ? u.offsets[i + 1] : u.needle.length)) adjacent = false;
    }
    if (u.offsets[0] !== 0) adjacent = false;

    const plain = isPlainNeedle(u.needle);
    const regex = plain ? undefined : needleRegex(u.needle);
    const sticky = regex === undefined ? undefined : new RegExp(regex.source, 'iy');
    const inside = !u.quoted && !u.needle.includes(' ') ? this.containing(u.needle, allowed, restrict) : undefined;
    const allKnown = termLists.every((l) => l !== undefined);
    const lastLen = u.terms[u.terms.length - 1].length;
    for (const no of cands) {
      if ((restrict !== undefined && !restrict.has(no)) || !allowed(no)) continue;
      // Inside one word of the text (กรรม in คณะกรรมการ): straight from the postings.
      const within = inside?.get(no);
      if (within !== undefined) {
        found.set(no, within);
        continue;
      }
      const per = allKnown ? termLists.map((l) => this.positionsIn(l as TermList, no)) : [];
      if (adjacent) {
        const flat: number[] = [];
        for (const s of per[0] ?? []) {
          let ok = true;
          for (let i = 1; ok && i < per.length; i++) {
            const p = per[i];
            const want = s + u.offsets[i];
            ok = p !== undefined && p[lowerBound(p, want)] === want;
          }
          if (ok) flat.push(s, s + u.needle.length);
        }
        if (flat.length > 0) {
          found.set(no, flat);
          continue;
        }
      }
      const text = getText?.(this.ids[no]);
      if (text === undefined) continue;
      if (allKnown && per.every((p) => p !== undefined)) {
        // Every word of the needle is in the document: try the needle where its first word stands.
        const lastPos = per[per.length - 1] as number[];
        const flat: number[] = [];
        for (const s of per[0] as number[]) {
          let end = -1;
          if (sticky === undefined) {
            if (text.startsWith(u.needle, s)) end = s + u.needle.length;
          } else {
            sticky.lastIndex = s;
            const m = sticky.exec(text);
            if (m !== null) end = s + m[0].length;
          }
          if (end === -1) continue;
          if (u.quoted && lastPos[lowerBound(lastPos, end - lastLen)] !== end - lastLen) continue;
          flat.push(s, end);
        }
        if (flat.length > 0) found.set(no, flat);
        if (flat.length > 0 || u.quoted) continue;
      }
      const flat: number[] = [];
      if (regex === undefined) {
        for (let at = text.indexOf(u.needle); at !== -1; at = text.indexOf(u.needle, at + u.needle.length)) flat.push(at, at + u.needle.length);
      } else {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
          if (m[0].length === 0) {
            regex.lastIndex++;
            continue;
          }
          flat.push(m.index, m.index + m[0].length);
        }
      }
      if (u.quoted && !(isLatinOrDigit(u.needle.charCodeAt(0)) && isLatinOrDigit(u.needle.charCodeAt(u.needle.length - 1)))) {
        // A quoted phrase starts and ends on word boundaries.
        let kept = 0;
        for (let i = 0; i < flat.length; i += 2) {
          if (isWordAligned(text, flat[i], flat[i + 1])) {
            flat[kept++] = flat[i];
            flat[kept++] = flat[i + 1];
          }
        }
        flat.length = kept;
      }
      if (flat.length > 0) found.set(no, flat);
    }
    return { found, df };
  }
}
