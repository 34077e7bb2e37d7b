// HTML tokens to a light element tree, forgiving unclosed and stray tags as browsers do (roughly); no DOM.
import { tokenizeHtml } from './html-tokenizer';

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);

/** Elements that end an open <p>, as the HTML parser does. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** An opening tag of the key closes an open element of the listed names, up to the listed boundaries. */
const IMPLIED_END: Record<string, { closes: string[]; until: string[] }> = {
  li: { closes: ['li'], until: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], until: ['dl'] },
  dd: { closes: ['dt', 'dd'], until: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], until: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], until: ['tr', 'table'] },
  th: { closes: ['td', 'th'], until: ['tr', 'table'] },
  option: { closes: ['option'], until: ['select', 'datalist'] },
};

const isElement = (n: HtmlNode): n is HtmlElement => typeof n !== 'string';

/** Parses HTML into a tree under a synthetic `#document` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1];
  const popTo = (index: number) => {
    stack.length = index;
  };
  /** Index in the stack of the nearest open `names` element not beyond a boundary, or -1. */
  const findOpen = (names: string[], until: string[]): number => {
    for (let k = stack.length - 1; k > 0; k--) {
      if (names.includes(stack[k].name)) return k;
      if (until.includes(stack[k].name)) return -1;
    }
    return -1;
  };

  for (const t of tokenizeHtml(html)) {
    if (t.type === 'text') {
      top().children.push(t.text);
    } else if (t.type === 'start') {
      if (CLOSES_P.has(t.name)) {
        const p = findOpen(['p'], ['div', 'article', 'section', 'main', 'td', 'li', 'blockquote', 'body']);
        if (p > 0) popTo(p);
      }
      const implied = IMPLIED_END[t.name];
      if (implied) {
        const k = findOpen(implied.closes, implied.until);
        if (k > 0) popTo(k);
      }
      const el: HtmlElement = { name: t.name, attrs: t.attrs, children: [] };
      top().children.push(el);
      if (!VOID.has(t.name) && !t.selfClosing) stack.push(el);
    } else {
      // An end tag closes the nearest open element of its name; a stray one is ignored.
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k].name === t.name) {
          popTo(k);
          break;
        }
      }
    }
  }
  return root;
}

/** The first element named `name` in document order. */
export function findFirst(el: HtmlElement, pred: (e: HtmlElement) => boolean): HtmlElement | undefined {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c)) return c;
    const found = findFirst(c, pred);
    if (found) return found;
  }
  return undefined;
}

/** Every element matching `pred`, in document order (not looking inside a match). */
export function findAll(el: HtmlElement, pred: (e: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c)) out.push(c);
    else findAll(c, pred, out);
  }
  return out;
}

export { isElement };
