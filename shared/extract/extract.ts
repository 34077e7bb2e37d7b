// One entry point that runs every extractor over a normalized text and returns spans in reading order.
import type { ExtractedAnnotation } from '../model/annotation';
import { extractDates, type DateContext } from './date-extractor';
import { extractEntities } from './entity-extractor';
import { extractFigures } from './figure-extractor';

export function extractAll(text: string, context: DateContext = {}): ExtractedAnnotation[] {
  const all: ExtractedAnnotation[] = [
    ...extractFigures(text),
    ...extractDates(text, context),
    ...extractEntities(text),
  ];
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}
