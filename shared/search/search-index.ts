// The in-memory search index: merges per-document postings, removes documents, answers queries ranked by BM25 with highlights and passages.
import { DocBits } from './doc-bits';
import { indexDocument, isThaiTerm, TERM_SEPARATOR, type DocPostings, type StoredDocPostings } from './doc-postings';
import { parseQuery, type ParsedQuery, type QueryUnit } from './query-parser';
import { addThaiBigrams, bigramKey } from './search-tokens';
import type { PostingsSource } from './postings-source';
import { matchAcross, matchNeedle } from './sequence-match';
import { buildPassages, type Highlight, type Passage } from './snippet';
import { TermDictionary } from './term-dictionary';
import { GramTable } from './gram-table';
import { TermList } from './term-list';
import { UnitMatches } from './unit-matches';
import { termsHoldingWord } from './whole-words';

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
  /** Best match first (default), or the newest article first (undated last), best match among equals. */
  order?: 'relevance' | 'newest';
  /**
   * The normalized text of a document, used only to cut passages at paragraphs (matching never reads
   * texts). Without it passages are fixed windows; callers can build better ones later from the hits'
   * highlights with buildPassages once they have fetched the texts of the hits they show.
   */
  getText?: (docId: string) => string | undefined;
}

export interface SearchHit {
  docId: string;
  score: number;
  date?: string;
  /** Matches of all query units in the document. */
  matches: number;
  /** Every match (offsets into the normalized text, ascending), with the index of the query unit it matches. */
  highlights: Highlight[];
  /** Passages around the best clusters of highlights, for showing and scrolling to. */
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

const K1 = 1.2;
const B = 0.75;

/**
 * A copy of a string that does not keep a larger one alive: V8 may represent a substring as a view of
 * its parent (a whole stored row, a paragraph), and a term kept as a Map key would then pin it.
 */
function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function intersectSorted(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
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
  private grams = new GramTable();
  private readonly dictionary = new TermDictionary();
  private liveTokens = 0;
  private dead = 0;
  private readonly source: PostingsSource;

  constructor() {
    const ids = this.ids;
    const terms = this.terms;
    this.source = {
      term: (key) => terms.get(key),
      dictionary: this.dictionary,
      get docCapacity() {
        return ids.length;
      },
    };
  }

  /** An index of stored rows (e.g. read from IndexedDB at start-up); rows of another version are left out. */
  static fromStored(rows: Iterable<StoredDocPostings>, metaOf?: (docId: string) => SearchDocMeta | undefined): SearchIndex {
    const index = new SearchIndex();
    for (const row of rows) index.addStored(row, metaOf?.(row.docId));
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
    const no = this.newDoc(p.docId, p.tokenCount, p.charLength, meta);
    for (const [term, positions] of p.terms) this.termList(term, positions.length).append(no, positions, 0, positions.length);
    for (const g of p.grams) this.grams.getOrAdd(g).push(no);
  }

  /**
   * Adds a stored row straight into the index (no intermediate postings); a document already in the index
   * is replaced. A row of another version is not read (false): the document stays out of the index, so
   * whoever syncs the index with the library indexes it again from its text.
   */
  addStored(row: StoredDocPostings, meta: SearchDocMeta = {}): boolean {
    if (row.v !== 2) return false;
    const no = this.newDoc(row.docId, row.tokenCount, row.charLength, meta);
    const { terms, ends, positions, grams } = row;
    let from = 0;
    let at = 0;
    for (let i = 0; i < ends.length; i++) {
      let end = terms.indexOf(TERM_SEPARATOR, at);
      if (end === -1) end = terms.length;
      const to = ends[i];
      this.termList(terms.slice(at, end), to - from).append(no, positions, from, to);
      from = to;
      at = end + 1;
    }
    for (let i = 0; i + 1 < grams.length; i += 2) this.grams.getOrAdd(bigramKey(grams.charCodeAt(i), grams.charCodeAt(i + 1))).push(no);
    return true;
  }

  private newDoc(docId: string, tokenCount: number, charLength: number, meta: SearchDocMeta): number {
    this.remove(docId);
    const no = this.ids.length;
    this.ids.push(docId);
    this.tokenCounts.push(tokenCount);
    this.charLengths.push(charLength);
    this.dates.push(meta.date);
    this.alive.push(true);
    this.byId.set(docId, no);
    this.liveTokens += tokenCount;
    return no;
  }

  private termList(term: string, positionsHint: number): TermList {
    let list = this.terms.get(term);
    if (list === undefined) {
      list = new TermList(ownString(term), positionsHint);
      this.terms.set(list.term, list);
      this.dictionary.add(list);
    }
    return list;
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
    const alive = (no: number) => this.alive[no];
    for (const [term, list] of this.terms) if (!list.retain(alive)) this.terms.delete(term);
    this.grams.retain(alive);
    this.dictionary.reset(this.terms.values());
    this.dead = 0;
  }

  /**
   * Gives back the room its lists keep for growing (typed arrays grown by doubling): call it after a bulk
   * load, such as reading the stored postings at start-up. Later additions grow the lists again.
   */
  trim(): void {
    for (const list of this.terms.values()) list.trim();
    this.grams.trim();
  }

  stats(): SearchIndexStats {
    let termPostings = 0;
    let positions = 0;
    for (const l of this.terms.values()) {
      termPostings += l.df;
      positions += l.npos;
    }
    let gramPostings = 0;
    for (const l of this.grams.lists()) gramPostings += l.n;
    return { docs: this.size, terms: this.terms.size, termPostings, positions, grams: this.grams.size, gramPostings };
  }

  /** Distinct terms with the number of documents holding each (for query samples and suggestions). */
  *vocabulary(): Generator<[string, number]> {
    for (const [t, l] of this.terms) yield [t, l.df];
  }

  /** Documents matching every unit of the query and the filters, best first, with highlights and passages. */
  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResults {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const allowed = this.filter(options);
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    if (parsed.units.length === 0) return this.listing(allowed, options, limit, offset);

    // Most selective unit first; each later unit is only checked in the documents still standing.
    const order = parsed.units.map((u, k) => ({ u, k, est: this.estimate(u) })).sort((a, b) => a.est - b.est);
    const matches: UnitMatches[] = new Array<UnitMatches>(parsed.units.length);
    const dfs: number[] = new Array<number>(parsed.units.length).fill(0);
    let restrict: DocBits | undefined;
    let standing: number[] = [];
    for (const { u, k } of order) {
      const { found, df } = u.kind === 'word' ? this.matchWord(u.term, allowed, restrict) : this.matchSequence(u, allowed, restrict);
      matches[k] = found;
      dfs[k] = df;
      if (found.counts.size === 0) return { total: 0, hits: [] };
      restrict = new DocBits(this.ids.length);
      standing = [...found.counts.keys()];
      for (const no of standing) restrict.add(no);
    }

    const n = Math.max(1, this.size);
    const avgLen = Math.max(1, this.liveTokens / n);
    const scored: { no: number; score: number; count: number }[] = [];
    for (const no of standing) {
      let score = 0;
      let count = 0;
      const norm = K1 * (1 - B + (B * this.tokenCounts[no]) / avgLen);
      parsed.units.forEach((u, k) => {
        const tf = matches[k].counts.get(no) ?? 0;
        count += tf;
        const df = Math.min(n, Math.max(dfs[k], 1));
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (u.kind === 'sequence' && u.quoted ? 1.5 : 1) * idf * ((tf * (K1 + 1)) / (tf + norm));
      });
      scored.push({ no, score, count });
    }
    const byDate = (a: { no: number }, b: { no: number }) => (this.dates[b.no] ?? '').localeCompare(this.dates[a.no] ?? '');
    if (options.order === 'newest') scored.sort((a, b) => byDate(a, b) || b.score - a.score || a.no - b.no);
    else scored.sort((a, b) => b.score - a.score || byDate(a, b) || a.no - b.no);

    const shown = scored.slice(offset, offset + limit);
    // Matches across words in documents also matched inside a word were left out of ranking: find them
    // now, in the hits shown only, so that every occurrence is highlighted and counted.
    const extra = new Map<number, number>();
    parsed.units.forEach((u, k) => {
      const pending = matches[k].acrossPending;
      if (u.kind !== 'sequence' || pending === undefined) return;
      const bits = new DocBits(this.ids.length);
      for (const { no } of shown) if (pending.has(no)) bits.add(no);
      if (bits.isEmpty()) return;
      const across = matchAcross(this.source, u.needle, u.quoted, bits);
      for (const no of across.counts.keys()) {
        const flat = across.spans(no);
        matches[k].addSpans(no, flat);
        extra.set(no, (extra.get(no) ?? 0) + flat.length / 2);
      }
    });

    const hits = shown.map(({ no, score, count: ranked }): SearchHit => {
      const count = ranked + (extra.get(no) ?? 0);
      const highlights: Highlight[] = [];
      matches.forEach((m, unit) => {
        const flat = m.spans(no);
        for (let i = 0; i < flat.length; i += 2) highlights.push({ start: flat[i], end: flat[i + 1], unit });
      });
      highlights.sort((a, b) => a.start - b.start || b.end - a.end || a.unit - b.unit);
      const docId = this.ids[no];
      const text = options.getText?.(docId);
      const passages = buildPassages(text, this.charLengths[no], highlights, { max: options.passages ?? 3 });
      return { docId, score, date: this.dates[no], matches: count, highlights, passages };
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
      hits: nos
        .slice(offset, offset + limit)
        .map((no) => ({ docId: this.ids[no], score: 0, date: this.dates[no], matches: 0, highlights: [], passages: [] })),
    };
  }

  /** Rough number of documents a unit can match (to order the units). */
  private estimate(u: QueryUnit): number {
    if (u.kind === 'word') return this.terms.get(u.term)?.df ?? 0;
    let best = Infinity;
    for (const t of u.terms) if (!isThaiTerm(t)) best = Math.min(best, this.terms.get(t)?.df ?? 0);
    const keys = new Set<number>();
    addThaiBigrams(u.needle, keys);
    for (const g of keys) best = Math.min(best, this.grams.get(g)?.n ?? 0);
    return best === Infinity ? this.ids.length : best;
  }

  /**
   * A Latin word or number: every term holding it as a whole run of letters and digits (`boi`, and `ของboi`
   * where ICU glued it to Thai letters; not `boil`). Its document frequency counts them all.
   */
  private matchWord(term: string, allowed: (no: number) => boolean, restrict: DocBits | undefined): { found: UnitMatches; df: number } {
    const holders = termsHoldingWord(this.source, term);
    const all = new DocBits(this.ids.length);
    const cands = new DocBits(this.ids.length);
    for (const { list } of holders) {
      for (let i = 0; i < list.df; i++) {
        const no = list.doc(i);
        all.add(no);
        if ((restrict === undefined || restrict.has(no)) && allowed(no)) cands.add(no);
      }
    }
    let arr: number[] | undefined;
    const found = new UnitMatches();
    found.addInside(holders, term.length, cands, () => (arr ??= cands.toArray()));
    return { found, df: all.count() };
  }

  /** Documents holding a Latin word or number (see matchWord), ascending. */
  private docsHoldingWord(term: string): number[] {
    const all = new DocBits(this.ids.length);
    for (const { list } of termsHoldingWord(this.source, term)) for (let i = 0; i < list.df; i++) all.add(list.doc(i));
    return all.toArray();
  }

  /**
   * A character sequence, from the postings: candidates hold all its Thai bigrams and its Latin/number
   * words (a cheap document-level filter, also its document frequency), then matchNeedle finds where.
   */
  private matchSequence(
    u: Extract<QueryUnit, { kind: 'sequence' }>,
    allowed: (no: number) => boolean,
    restrict: DocBits | undefined,
  ): { found: UnitMatches; df: number } {
    const lists: ArrayLike<number>[] = [];
    const keys = new Set<number>();
    addThaiBigrams(u.needle, keys);
    for (const g of keys) {
      const l = this.grams.get(g);
      lists.push(l === undefined ? [] : l.docs.subarray(0, l.n));
    }
    for (const t of u.terms) if (!isThaiTerm(t)) lists.push(this.docsHoldingWord(t));
    const cands = new DocBits(this.ids.length);
    let df: number | undefined;
    if (lists.length === 0) {
      // Nothing to narrow on (a one-letter phrase): every document is a candidate.
      for (let no = 0; no < this.ids.length; no++) if ((restrict === undefined || restrict.has(no)) && allowed(no)) cands.add(no);
    } else {
      lists.sort((a, b) => a.length - b.length);
      let common: ArrayLike<number> = lists[0];
      for (let i = 1; i < lists.length && common.length > 0; i++) common = intersectSorted(common, lists[i]);
      df = common.length;
      for (let i = 0; i < common.length; i++) {
        const no = common[i];
        if ((restrict === undefined || restrict.has(no)) && allowed(no)) cands.add(no);
      }
    }
    const found = cands.isEmpty() ? new UnitMatches() : matchNeedle(this.source, u.needle, u.quoted, cands, 'rank');
    return { found, df: df ?? found.counts.size };
  }
}
