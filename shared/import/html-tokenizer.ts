// A small tolerant HTML tokenizer (no DOM needed): start/end tags with attributes, text with entities decoded; comments dropped.
import { decodeEntities } from './html-entities';

export type HtmlToken =
  | { type: 'start'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string }
  | { type: 'text'; text: string };

/** Elements whose content is not markup: read up to their end tag as one piece of text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'svg', 'math']);
/** Of those, the ones whose text is character data with references (the rest is left as written). */
const ESCAPABLE_RAW = new Set(['textarea', 'title']);

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

/** Splits HTML into tokens, as browsers would for ordinary pages: never throws on broken markup. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  const n = html.length;
  const pushText = (raw: string, decode = true) => {
    if (raw) tokens.push({ type: 'text', text: decode ? decodeEntities(raw) : raw });
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    if (lt > i) pushText(html.slice(i, lt));
    i = lt;
    const next = html[i + 1];

    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // Doctype, CDATA, processing instruction: skipped.
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (next === '/') {
      TAG_NAME.lastIndex = i + 2;
      const m = TAG_NAME.exec(html);
      const end = html.indexOf('>', i + 2);
      if (!m) {
        // `</ >` or `</3`: a bogus comment.
        i = end < 0 ? n : end + 1;
        continue;
      }
      tokens.push({ type: 'end', name: m[0].toLowerCase() });
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = i + 1;
    const m = TAG_NAME.exec(html);
    if (!m) {
      // A lone `<` (e.g. `a < b`) is text.
      pushText('<');
      i++;
      continue;
    }
    const name = m[0].toLowerCase();
    let j = TAG_NAME.lastIndex;
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    while (j < n) {
      while (j < n && /\s/.test(html[j])) j++;
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html[j] === '/') {
        selfClosing = html[j + 1] === '>';
        j++;
        continue;
      }
      ATTR.lastIndex = j;
      const a = ATTR.exec(html);
      if (!a) {
        j++;
        continue;
      }
      const key = a[1].toLowerCase();
      if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      j = ATTR.lastIndex;
    }
    i = j;
    tokens.push({ type: 'start', name, attrs, selfClosing });

    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = i;
      const c = close.exec(html);
      const end = c ? c.index : n;
      pushText(html.slice(i, end), ESCAPABLE_RAW.has(name));
      if (c) {
        tokens.push({ type: 'end', name });
        const gt = html.indexOf('>', c.index);
        i = gt < 0 ? n : gt + 1;
      } else {
        i = n;
      }
    }
  }
  return tokens;
}
