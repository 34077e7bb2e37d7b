// One document's search postings (word terms with offsets, Thai bigrams) and their stored form, written with the document.
import { addThaiBigrams, bigramOf, bigramString, foldText, isThaiLetter } from './search-tokens';

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
 * The stored form (one IndexedDB row per document, written in the import transaction). `terms` and
 * `grams` are plain string arrays so that a Dexie `*terms` / `*grams` multi-entry index can answer
 * "which documents hold this term" without loading rows; positions are one flat Uint32Array with
 * `ends[i]` the end (exclusive) of term i's run in it.
 */
export interface StoredDocPostings {
  v: 1;
  docId: string;
  tokenCount: number;
  charLength: number;
  terms: string[];
  ends: Uint32Array;
  positions: Uint32Array;
  grams: string[];
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

/** The stored form of a document's postings. */
export function toStored(p: DocPostings): StoredDocPostings {
  const terms = [...p.terms.keys()];
  const ends = new Uint32Array(terms.length);
  let total = 0;
  for (const list of p.terms.values()) total += list.length;
  const positions = new Uint32Array(total);
  let at = 0;
  terms.forEach((t, i) => {
    for (const pos of p.terms.get(t) ?? []) positions[at++] = pos;
    ends[i] = at;
  });
  return {
    v: 1,
    docId: p.docId,
    tokenCount: p.tokenCount,
    charLength: p.charLength,
    terms,
    ends,
    positions,
    grams: [...p.grams].map(bigramString),
  };
}

/** The postings a stored row holds. */
export function fromStored(s: StoredDocPostings): DocPostings {
  const terms = new Map<string, number[]>();
  let from = 0;
  s.terms.forEach((t, i) => {
    terms.set(t, Array.from(s.positions.subarray(from, s.ends[i])));
    from = s.ends[i];
  });
  return { docId: s.docId, tokenCount: s.tokenCount, charLength: s.charLength, terms, grams: new Set(s.grams.map(bigramOf)) };
}

/** True when a term is a Thai word (as opposed to Latin or a number). */
export function isThaiTerm(term: string): boolean {
  return term.length > 0 && isThaiLetter(term.charCodeAt(0));
}

