// One document's search postings (word terms with offsets, Thai bigrams) and their stored form, written with the document.
import { addThaiBigrams, bigramKey, foldText, isThaiLetter } from './search-tokens';

/** What indexing one normalized text yields; a SearchIndex merges these. */
export interface DocPostings {
  docId: string;
  /** Words in the text (BM25 document length). */
  tokenCount: number;
  /** Length of the normalized text. */
  charLength: number;
  /** Folded word term -> start offsets (ascending) in the normalized text; each occurrence is term.length long. */
  terms: Map<string, number[]>;
  /** Keys (bigramKey) of the distinct bigrams of the text's Thai letter runs. */
  grams: Set<number>;
}

/**
 * Separates the terms of a stored row. A term never holds a line break: texts are segmented paragraph
 * by paragraph.
 */
export const TERM_SEPARATOR = '\n';

/**
 * The stored form (one IndexedDB row per document, written in the import transaction). A few large
 * values instead of thousands of small strings: structured clone (IndexedDB) writes and reads them much
 * faster. `terms` holds the distinct terms joined by TERM_SEPARATOR; term i's positions are
 * `positions[ends[i-1] .. ends[i])` (from 0 for the first); `grams` holds the Thai bigrams, two
 * UTF-16 code units each, one after the other.
 */
export interface StoredDocPostings {
  v: 2;
  docId: string;
  tokenCount: number;
  charLength: number;
  terms: string;
  ends: Uint32Array;
  positions: Uint32Array;
  grams: string;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Indexes one document's normalized text: ICU words paragraph by paragraph (folded) and the Thai bigrams.
 * Pass the text exactly as stored (normalizeText): every offset counts in it.
 */
export function indexDocument(docId: string, text: string): DocPostings {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const terms = new Map<string, number[]>();
  const grams = new Set<number>();
  let tokenCount = 0;
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl === -1) nl = text.length;
    if (nl > from) {
      for (const seg of segmenter.segment(text.slice(from, nl))) {
        if (!seg.isWordLike) continue;
        const term = foldText(seg.segment);
        const at = from + seg.index;
        const list = terms.get(term);
        if (list === undefined) terms.set(term, [at]);
        else list.push(at);
        tokenCount++;
      }
      addThaiBigrams(text, grams, from, nl);
    }
    from = nl + 1;
  }
  return { docId, tokenCount, charLength: text.length, terms, grams };
}

/** The Thai bigrams (keys) as one string of two-character pairs. */
function gramsString(grams: Iterable<number>): string {
  const codes: number[] = [];
  for (const g of grams) codes.push(Math.floor(g / 0x10000), g % 0x10000);
  let out = '';
  // String.fromCharCode takes its arguments on the stack: a few thousand at a time.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

/** The stored form of a document's postings. */
export function toStored(p: DocPostings): StoredDocPostings {
  const ends = new Uint32Array(p.terms.size);
  let total = 0;
  for (const list of p.terms.values()) total += list.length;
  const positions = new Uint32Array(total);
  let at = 0;
  let i = 0;
  for (const list of p.terms.values()) {
    for (const pos of list) positions[at++] = pos;
    ends[i++] = at;
  }
  return {
    v: 2,
    docId: p.docId,
    tokenCount: p.tokenCount,
    charLength: p.charLength,
    terms: [...p.terms.keys()].join(TERM_SEPARATOR),
    ends,
    positions,
    grams: gramsString(p.grams),
  };
}

/** Calls visit with each term of a stored row and the range of its positions in row.positions. */
function forEachStoredTerm(row: StoredDocPostings, visit: (term: string, from: number, to: number) => void): void {
  let from = 0;
  let at = 0;
  for (let i = 0; i < row.ends.length; i++) {
    let end = row.terms.indexOf(TERM_SEPARATOR, at);
    if (end === -1) end = row.terms.length;
    visit(row.terms.slice(at, end), from, row.ends[i]);
    from = row.ends[i];
    at = end + 1;
  }
}

/** The postings a stored row holds. */
export function fromStored(s: StoredDocPostings): DocPostings {
  if (s.v !== 2) throw new Error(`stored postings v${String(s.v)} are not readable (expected v2)`);
  const terms = new Map<string, number[]>();
  forEachStoredTerm(s, (t, from, to) => terms.set(t, Array.from(s.positions.subarray(from, to))));
  const grams = new Set<number>();
  for (let i = 0; i + 1 < s.grams.length; i += 2) grams.add(bigramKey(s.grams.charCodeAt(i), s.grams.charCodeAt(i + 1)));
  return { docId: s.docId, tokenCount: s.tokenCount, charLength: s.charLength, terms, grams };
}

/** True when a term is a Thai word (as opposed to Latin or a number). */
export function isThaiTerm(term: string): boolean {
  return term.length > 0 && isThaiLetter(term.charCodeAt(0));
}
