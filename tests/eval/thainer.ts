// Reads ThaiNER 1.5.1 passages (inline [TAG]..[/TAG]) into normalized text and spans in the guide's type names.
import { normalizeText } from '../../shared/text/normalize';
import type { ScoredSpan } from './scoring';

/** ThaiNER tag -> the guide's type; tags not listed are read (to remove them) but not kept. */
export const THAINER_TYPE_MAP: Readonly<Record<string, string>> = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  DATE: 'DATE',
};

export interface Passage {
  text: string;
  spans: ScoredSpan[];
}

const TAG = /\[(\/?)([A-Z_]+)\]/g;

/** One line of ThaiNER: the text without tags (normalized piece by piece) and its spans. Unbalanced tags are dropped. */
export function parseThaiNerLine(line: string): Passage {
  let text = '';
  const spans: ScoredSpan[] = [];
  const open: { tag: string; start: number }[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(line); m !== null; m = TAG.exec(line)) {
    text += normalizeText(line.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const tag = m[2] ?? '';
    if (!closing) {
      open.push({ tag, start: text.length });
      continue;
    }
    const at = open.map((o) => o.tag).lastIndexOf(tag);
    if (at < 0) continue;
    const [o] = open.splice(at, 1);
    const type = THAINER_TYPE_MAP[tag];
    if (o === undefined || type === undefined) continue;
    // Spans keep their words but not the spaces at their edges.
    let start = o.start;
    let end = text.length;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) spans.push({ type, start, end, quote: text.slice(start, end) });
  }
  text += normalizeText(line.slice(last));
  return { text, spans: spans.sort((a, b) => a.start - b.start) };
}

/** Every non-empty passage of a ThaiNER split file's content (the BOM on the first line is dropped). */
export function parseThaiNer(content: string): Passage[] {
  return content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map(parseThaiNerLine);
}
