// The messages between the search box (UI thread) and the search worker that holds the library's index.
import type { AnnotationType } from '../../../shared/model/annotation';

/** Filters on top of the words (each narrows the results; all optional). */
export interface SearchFilters {
  /** Documents that mention this registry entity (a linked annotation or one of its names in the text). */
  entityId?: string;
  /** Documents with an annotation or a suggestion of this type. */
  type?: AnnotationType;
  tag?: string;
  /** Inclusive ISO dates (yyyy-mm-dd) on the article's date. */
  dateFrom?: string;
  dateTo?: string;
  /** Best match first (default) or newest first. */
  order?: 'relevance' | 'newest';
}

export interface SearchRequest {
  kind: 'search';
  id: number;
  query: string;
  filters: SearchFilters;
  offset: number;
  limit: number;
}

/** A passage of a result: its text and the matches in it, offsets into the document's normalized text. */
export interface ResultPassage {
  start: number;
  end: number;
  text: string;
  highlights: Array<{ start: number; end: number }>;
}

export interface ResultItem {
  docId: string;
  title: string;
  date?: string;
  matches: number;
  passages: ResultPassage[];
}

/** How far the index is: `loading` reads stored postings, `indexing` indexes documents that have none. */
export interface IndexStatus {
  state: 'loading' | 'indexing' | 'ready';
  /** Documents in the index, and in the library. */
  indexed: number;
  total: number;
}

/** Where a query's time went: resolving filters, matching and ranking, reading texts and cutting passages. */
export interface SearchPhases {
  filterMs: number;
  matchMs: number;
  passagesMs: number;
}

export type ToWorker = SearchRequest | { kind: 'status' };

export type FromWorker =
  | { kind: 'status'; status: IndexStatus }
  | { kind: 'results'; id: number; total: number; items: ResultItem[]; tookMs: number; phases: SearchPhases; status: IndexStatus }
  | { kind: 'error'; id: number; message: string };
