// Every occurrence of what the analyst types in a document's text (find in the reader): Latin case and Thai/Arabic digits ignored.
import { foldText } from '../search/search-tokens';

export interface Span {
  start: number;
  end: number;
}

/**
 * The spans of `query` in `text`, in order, without overlaps. Folding keeps lengths (foldText), so
 * offsets found in the folded text are offsets in the text; runs of white space in the query are one space.
 * Pass a folded text already at hand (`foldedText`) to search a long document many times.
 */
export function findAll(text: string, query: string, foldedText = foldText(text), max = 10_000): Span[] {
  const needle = foldText(query.replace(/\s+/g, ' ').trim());
  if (needle === '') return [];
  const out: Span[] = [];
  for (let at = foldedText.indexOf(needle); at !== -1 && out.length < max; at = foldedText.indexOf(needle, at + needle.length)) {
    out.push({ start: at, end: at + needle.length });
  }
  return out;
}
