// An HTML element's text as plain text: whitespace collapsed as a browser shows it, block elements on their own lines.
import { type HtmlElement, isElement } from './html-tree';

/** Elements rendered as blocks: each starts and ends a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Never text: dropped wherever they are. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'title', 'meta', 'link', 'object', 'embed', 'canvas', 'select', 'textarea', 'button', 'input', 'option', 'datalist']);

const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Plain text of `el`: one line per block, inline runs joined, `<br>` a line break, table cells tab-separated. */
export function elementText(el: HtmlElement): string {
  const lines: string[] = [];
  let line = '';
  const breakLine = () => {
    const t = line.trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: HtmlElement, pre: boolean) => {
    for (const c of node.children) {
      if (!isElement(c)) {
        if (pre) {
          const parts = c.split(/\r\n?|\n/);
          parts.forEach((p, k) => {
            if (k > 0) breakLine();
            line += p;
          });
        } else {
          let s = c.replace(HTML_SPACE, ' ');
          if (s.startsWith(' ') && (line === '' || line.endsWith(' ') || line.endsWith('\t'))) s = s.slice(1);
          line += s;
        }
        continue;
      }
      const name = c.name;
      if (NEVER_TEXT.has(name)) continue;
      if (name === 'br') {
        breakLine();
        continue;
      }
      if (name === 'td' || name === 'th') {
        if (line.trim() !== '') line = `${line.trimEnd()}\t`;
        walk(c, pre);
        continue;
      }
      const block = BLOCK.has(name);
      if (block) breakLine();
      walk(c, pre || name === 'pre');
      if (block) breakLine();
    }
  };
  walk(el, el.name === 'pre');
  breakLine();
  return lines.join('\n');
}
