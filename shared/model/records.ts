// The stored records of the workspace: documents, annotations, entities, facts, briefs, settings.
import type { OriginalRef } from '../platform';
import type { PeriodKind } from './fact';
import type { DateSpan, EntitySpan, EntityType, ExtractedAnnotation, FigureSpan } from './annotation';

/**
 * A document's metadata. Its text never changes after import and is stored apart (DocumentText), so
 * that listing thousands of documents never reads their texts; its id is the SHA-256 (hex) of that text.
 */
export interface DocumentRecord {
  id: string;
  title: string;
  /** SHA-256 of the text without white space: recognises the same article saved in another format. */
  fingerprint?: string;
  /** The article's own date (ISO yyyy-mm-dd) when the text states one. */
  date?: string;
  sourceUrl?: string;
  /** The file name it was imported from. */
  fileName: string;
  format: ImportFormat;
  /** Character encoding the file was read in (`utf-8`, `utf-16le`, `tis-620`, ...; `binary` for DOCX/PDF). */
  encoding?: string;
  /** Author from the file's properties (DOCX/PDF) or the page's meta tags (HTML). */
  author?: string;
  /** When the file itself was made (DOCX/PDF creation date, ISO yyyy-mm-dd); not the article's date. */
  fileCreated?: string;
  /** Damage found while reading the file (e.g. a PDF text layer with broken Thai), in plain English. */
  warnings?: string[];
  /** ISO timestamp of the import. */
  importedAt: string;
  /** The imported file's bytes, kept by the platform. */
  original?: OriginalRef;
  /** The analyst's tags (free words, e.g. `vietnam-trade`), for filtering the library and search. */
  tags?: string[];
}

/** A document's normalized text (annotation-guide.md); every annotation offset counts in it. */
export interface DocumentText {
  id: string;
  text: string;
}

/** What the reader opens: the metadata with the text. */
export type DocumentWithText = DocumentRecord & { text: string };

/** The web edition keeps originals in IndexedDB (Electron keeps them in its data folder). */
export interface OriginalRecord {
  hash: string;
  name: string;
  bytes: Uint8Array;
}

export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

/**
 * Where an annotation came from and what the analyst made of it: `suggested` by an extractor,
 * then `accepted` or `rejected`; `manual` when the analyst marked it.
 */
export type AnnotationStatus = 'suggested' | 'accepted' | 'rejected' | 'manual';

interface AnnotationMeta {
  /** A UUID. */
  id: string;
  docId: string;
  status: AnnotationStatus;
  note?: string;
  /** The canonical entity an entity annotation points at (entity registry). */
  entityId?: string;
  createdAt: string;
  updatedAt: string;
}

export type AnnotationRecord = (EntitySpan & AnnotationMeta) | (FigureSpan & AnnotationMeta) | (DateSpan & AnnotationMeta);

/**
 * The extractors' suggestions for one document, kept as one record: a year of news holds ~630,000 of
 * them, and storing each as its own row made import four times slower. A suggestion the analyst acts on
 * becomes an annotation row (accepted, rejected, edited) that hides the suggestion with the same span.
 */
export interface SuggestionSet {
  docId: string;
  items: ExtractedAnnotation[];
  createdAt: string;
}

/** The stable id a suggestion has in the reader, and keeps as a row once the analyst acts on it. */
export function suggestionId(docId: string, a: Pick<ExtractedAnnotation, 'type' | 'start' | 'end'>): string {
  return `s:${docId}:${a.type}:${a.start}:${a.end}`;
}

/** Two annotations with the same type and span are one decision. */
export function spanKey(a: Pick<ExtractedAnnotation, 'type' | 'start' | 'end'>): string {
  return `${a.type}:${a.start}:${a.end}`;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Surface forms as written in texts (the name included). */
  aliases: string[];
  /** Folded forms of the aliases (shared/entities foldName), so a new mention links by lookup. */
  keys?: string[];
  note?: string;
  createdAt?: string;
  updatedAt?: string;
}

/**
 * What the analyst decided about a suggested merge of two names (key: shared/entities pairKey), so a
 * refused suggestion never comes back.
 */
export interface MergeDecisionRecord {
  key: string;
  decision: 'merged' | 'refused';
  decidedAt: string;
}

export type Measure =
  | 'export'
  | 'import'
  | 'trade_total'
  | 'fdi_stock'
  | 'fdi_projects'
  | 'share_of_exports'
  | 'share_of_trade'
  | 'growth_target'
  | 'other';

export const MEASURES: readonly Measure[] = [
  'export', 'import', 'trade_total', 'fdi_stock', 'fdi_projects', 'share_of_exports', 'share_of_trade', 'growth_target', 'other',
];

/** A figure the analyst confirmed as a fact: what it measures, for whom, towards whom, over which period. */
export interface FactRecord {
  id: string;
  docId: string;
  /** The figure annotation this fact reads (its value, unit and qualifier). */
  annotationId: string;
  /** Subject and counterpart as the analyst names them (ไฮฟอง, เบลเยียม); entity links come with the registry. */
  subject?: string;
  counterpart?: string;
  subjectId?: string;
  counterpartId?: string;
  measure: Measure;
  startDate?: string;
  endDate?: string;
  periodKind: PeriodKind;
  createdAt: string;
}

/** One piece of evidence in a brief; each cites the documents it comes from. */
export type BriefItem =
  | { id: string; kind: 'excerpt'; docId: string; start: number; end: number }
  | { id: string; kind: 'chart'; measure: Measure; subject?: string; counterpart?: string }
  /** The confirmed facts of the documents the brief cites (all facts when it cites none). */
  | { id: string; kind: 'figures' }
  /** The people, organisations, places and programmes named in the brief's excerpts. */
  | { id: string; kind: 'entities' };

export interface BriefRecord {
  id: string;
  title: string;
  summary: string;
  author?: string;
  items: BriefItem[];
  createdAt: string;
  updatedAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}
