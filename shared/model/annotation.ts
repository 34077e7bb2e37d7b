// Annotation types and their normalized fields: the contract of ../shared/docs/annotation-guide.md.

export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC', 'PROGRAMME'] as const;
export const FIGURE_TYPES = ['MONEY', 'PERCENT', 'COUNT', 'QUANTITY'] as const;
/** Display and shortcut order: digit 1 is PERSON ... digit 9 is DATE. */
export const ANNOTATION_TYPES = [...ENTITY_TYPES, ...FIGURE_TYPES, 'DATE'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];
export type FigureType = (typeof FIGURE_TYPES)[number];
export type AnnotationType = (typeof ANNOTATION_TYPES)[number];

export const QUALIFIERS = ['exact', 'over', 'under', 'approx', 'nearly', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How a qualifier reads before a value wherever a figure is shown (`> 25`, `≈ 12.5%`). */
export const QUALIFIER_SIGN: Record<Qualifier, string> = {
  exact: '',
  over: '> ',
  under: '< ',
  approx: '≈ ',
  nearly: '≲ ',
  at_least: '≥ ',
  at_most: '≤ ',
};

/** A [start, end) span of UTF-16 code units in a document's normalized text, with its exact quote. */
export interface Span {
  start: number;
  end: number;
  quote: string;
}

export interface EntitySpan extends Span {
  type: EntityType;
}

export interface FigureSpan extends Span {
  type: FigureType;
  /** Value in base units: 758.5 ล้านดอลลาร์สหรัฐ is 758500000. */
  value: number;
  /** High end of a range (5-10 ล้านบาท), absent otherwise. */
  valueMax?: number;
  /** ISO 4217 code for MONEY, "%" for PERCENT, the counted noun or unit as written otherwise. */
  unit: string;
  qualifier: Qualifier;
}

export interface DateSpan extends Span {
  type: 'DATE';
  /** Inclusive ISO interval; absent when the expression cannot be placed (no year known). */
  startDate?: string;
  endDate?: string;
}

/** What an extractor suggests and what a gold file holds. */
export type ExtractedAnnotation = EntitySpan | FigureSpan | DateSpan;

export function isEntityType(t: string): t is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(t);
}
export function isFigureType(t: string): t is FigureType {
  return (FIGURE_TYPES as readonly string[]).includes(t);
}
export function isAnnotationType(t: string): t is AnnotationType {
  return (ANNOTATION_TYPES as readonly string[]).includes(t);
}
