// Builds a new annotation record from a span and a type, with the parsed value of a figure or date filled in.
import type { AnnotationType, ExtractedAnnotation } from '../../../shared/model/annotation';
import { isEntityType, isFigureType } from '../../../shared/model/annotation';
import type { AnnotationRecord } from '../../../shared/model/records';
import { extractDates } from '../../../shared/extract/date-extractor';
import { extractFigures } from '../../../shared/extract/figure-extractor';

/**
 * The normalized fields of the quote read as the given type: what the extractors make of it, or empty
 * defaults (value 0, unit as written) that the analyst completes in the form.
 */
export function parseSpan(type: AnnotationType, quote: string, start: number, documentDate?: string): ExtractedAnnotation {
  const end = start + quote.length;
  if (isEntityType(type)) return { type, start, end, quote };
  if (type === 'DATE') {
    const found = extractDates(quote, { documentDate }).find((d) => d.startDate);
    return { type, start, end, quote, startDate: found?.startDate, endDate: found?.endDate };
  }
  const found = extractFigures(quote).find((f) => f.type === type) ?? extractFigures(quote)[0];
  return {
    type,
    start,
    end,
    quote,
    value: found?.value ?? 0,
    ...(found?.valueMax !== undefined ? { valueMax: found.valueMax } : {}),
    unit: found?.unit ?? (type === 'PERCENT' ? '%' : ''),
    qualifier: found?.qualifier ?? 'exact',
  };
}

export function newAnnotation(docId: string, span: ExtractedAnnotation, now = new Date().toISOString()): AnnotationRecord {
  return { ...span, id: crypto.randomUUID(), docId, status: 'manual', createdAt: now, updatedAt: now };
}

/** Figures and dates open a form to check their parsed fields; entities are stored at once. */
export function needsForm(type: AnnotationType): boolean {
  return isFigureType(type) || type === 'DATE';
}
