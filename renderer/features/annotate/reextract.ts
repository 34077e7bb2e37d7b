// Running the extractors again over a document: only spans the analyst has never seen are added, so a rejection sticks.
import type { ExtractedAnnotation } from '../../../shared/model/annotation';
import type { AnnotationRecord } from '../../../shared/model/records';

const key = (a: Pick<ExtractedAnnotation, 'type' | 'start' | 'end'>) => `${a.type}:${a.start}:${a.end}`;

/**
 * The fresh suggestions that no existing annotation already covers with the same type and span,
 * whatever its status: a rejected suggestion is not suggested again, an accepted one keeps the
 * analyst's edits.
 */
export function newSuggestions(existing: AnnotationRecord[], fresh: ExtractedAnnotation[]): ExtractedAnnotation[] {
  const seen = new Set(existing.map(key));
  return fresh.filter((f) => !seen.has(key(f)));
}
