// Suggested facts: a figure read as subject, counterpart, measure and period, for the analyst to confirm.
import type { FigureSpan } from './annotation';
import type { Measure } from './records';

/** How a fact's period sits on the calendar; charts never join points of different kinds into one line. */
export type PeriodKind = 'point' | 'year' | 'ytd' | 'quarter' | 'month' | 'as_of' | 'other' | 'none';

/** An entity mention a fact points at, by its span in the normalized text. */
export interface EntityRef {
  quote: string;
  start: number;
  end: number;
}

export interface SuggestedFact {
  /** The figure annotation the fact reads (matched by start/end). */
  figure: FigureSpan;
  subject?: EntityRef;
  counterpart?: EntityRef;
  measure: Measure;
  /** Inclusive ISO interval of the period the figure covers. */
  startDate?: string;
  endDate?: string;
  periodKind: PeriodKind;
  /** The DATE annotation the period was read from. */
  dateSpan?: { start: number; end: number };
  /** Where the period came from: the figure's own sentence or, failing that, its paragraph. */
  dateSource?: 'sentence' | 'paragraph';
}
