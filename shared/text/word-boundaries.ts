// Thai word boundaries for snapping a selection: Intl.Segmenter on one paragraph at a time.
//
// V8's segmenter is quadratic on long strings (a 145k-char string takes seconds), so only the
// paragraph (text between line breaks) around the selection is ever segmented.

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  return segmenter;
}

/** [start, end) of the paragraph (line) that contains offset. */
export function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}

/** Word boundary offsets (absolute) of the paragraph [from, to). */
export function wordBoundaries(text: string, from: number, to: number): number[] {
  const bounds = [from];
  for (const seg of wordSegmenter().segment(text.slice(from, to))) {
    if (seg.index > 0) bounds.push(from + seg.index);
  }
  bounds.push(to);
  return bounds;
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n';

/**
 * Widens [start, end) to whole words: start moves back to the nearest boundary at or before it,
 * end forward to the nearest at or after it. Surrounding spaces are trimmed off the result.
 * A selection across paragraphs snaps each end within its own paragraph.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  if (end < start) [start, end] = [end, start];
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(0, Math.min(end, text.length));
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) return { start, end };

  const first = paragraphAround(text, start);
  const startBounds = wordBoundaries(text, first.start, first.end);
  let snappedStart = first.start;
  for (const b of startBounds) if (b <= start) snappedStart = b;

  const last = end <= first.end ? first : paragraphAround(text, end - 1);
  const endBounds = last === first ? startBounds : wordBoundaries(text, last.start, last.end);
  let snappedEnd = last.end;
  for (let i = endBounds.length - 1; i >= 0; i--) if (endBounds[i] >= end) snappedEnd = endBounds[i];

  while (snappedStart < snappedEnd && isSpace(text[snappedStart])) snappedStart++;
  while (snappedEnd > snappedStart && isSpace(text[snappedEnd - 1])) snappedEnd--;
  return { start: snappedStart, end: snappedEnd };
}
