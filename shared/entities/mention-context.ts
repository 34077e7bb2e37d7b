// The words around a mention, for listing it out of its document: its line, cut to about 80 characters each side.

export interface MentionContext {
  /** Text before the mention (from the line's start or a cut). */
  before: string;
  /** The mention as it stands in the text. */
  quote: string;
  after: string;
  /** True when the line goes on beyond `before` / `after` (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Where a cut may fall: a space, or after closing punctuation (Thai writes no full stops between words). */
const BREAK = /[\s)\]”"'.,;:!?]/;

/**
 * The mention with up to `radius` characters each side, never past its line (a line is a paragraph in
 * Thai news) and cut at a space when one lies in the outer third of the window, so words stay whole.
 */
export function mentionContext(text: string, start: number, end: number, radius = 80): MentionContext {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  let from = Math.max(lineStart, start - radius);
  let to = Math.min(lineEnd, end + radius);
  if (from > lineStart) {
    // Move the cut forward to just after a break, if one is near the outer edge.
    for (let i = from; i < from + Math.floor(radius / 3) && i < start; i++) {
      if (BREAK.test(text[i]!)) {
        from = i + 1;
        break;
      }
    }
  }
  if (to < lineEnd) {
    for (let i = to; i > to - Math.floor(radius / 3) && i > end; i--) {
      if (BREAK.test(text[i - 1]!)) {
        to = i;
        break;
      }
    }
  }
  // Never cut inside a surrogate pair.
  if (from > lineStart && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  if (to < lineEnd && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to++;
  return {
    before: text.slice(from, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
    cutBefore: from > lineStart,
    cutAfter: to < lineEnd,
  };
}
