// A saved HTML page to the article's plain text and the page's own metadata (<title>, canonical URL, published date, author).
import { decodeHtml } from './html-charset';
import { withoutBoilerplate, mainContentOf } from './html-main-content';
import { elementText } from './html-text';
import { type HtmlElement, findAll, findFirst, isElement, parseHtml } from './html-tree';
import type { ExtractedFile } from './extracted-file';
import type { Refusal } from './refusal';

function textOf(el: HtmlElement): string {
  return el.children
    .map((c) => (isElement(c) ? textOf(c) : c))
    .join('')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Separators between a headline and a site name in <title>. */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' « ', ' » ', ' · ', ' : '];
/** A site name glued to a headline is short next to it. */
const MAX_SITE_NAME = 40;

/**
 * A headline from a page <title>: the site name (og:site_name when known) cut from either end; otherwise a short last
 * segment after `|`, `-`, `–`, `—` ... is taken as the site name (a first one is kept: headlines often contain ` - `).
 */
export function headlineOf(title: string, siteName?: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  const site = siteName?.replace(/\s+/g, ' ').trim();
  if (site) {
    for (const sep of TITLE_SEPARATORS) {
      if (t.endsWith(sep + site)) return t.slice(0, -(sep + site).length).trim();
      if (t.startsWith(site + sep)) return t.slice((site + sep).length).trim();
    }
  }
  for (const sep of TITLE_SEPARATORS.slice(0, 4)) {
    const at = t.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = t.slice(at + sep.length).trim();
    const head = t.slice(0, at).trim();
    if (tail.length <= MAX_SITE_NAME && head.length >= tail.length * 2) {
      t = head;
      break;
    }
  }
  return t;
}

function metaContent(head: HtmlElement, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const m = findFirst(head, (e) => e.name === 'meta' && (e.attrs.property?.toLowerCase() === key || e.attrs.name?.toLowerCase() === key || e.attrs.itemprop?.toLowerCase() === key));
    const v = m?.attrs.content?.trim();
    if (v) return v;
  }
  return undefined;
}

const absoluteUrl = (u: string | undefined) => (u && /^https?:\/\/\S+$/i.test(u.trim()) ? u.trim() : undefined);

/** `2023-07-25T10:00:00+07:00` (or a BE year 2566) to `2023-07-25`. */
export function isoDateOf(value: string | undefined): string | undefined {
  const m = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]) > 2400 ? Number(m[1]) - 543 : Number(m[1]);
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${m[2]}-${m[3]}`;
}

/** Reads an HTML file; the text is the article's only (never markup), block elements on their own lines. */
export function readHtml(bytes: Uint8Array): { ok: true; file: ExtractedFile } | { ok: false; refusal: Refusal } {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const page = parseHtml(decoded.text);
  const head = findFirst(page, (e) => e.name === 'head') ?? page;
  const content = mainContentOf(withoutBoilerplate(page));
  const text = elementText(content);

  const titleEl = findFirst(page, (e) => e.name === 'title');
  const rawTitle = (titleEl && textOf(titleEl)) || metaContent(head, 'og:title');
  const canonical = findAll(page, (e) => e.name === 'link' && (e.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))[0];
  const author = metaContent(head, 'author', 'article:author', 'dc.creator');
  return {
    ok: true,
    file: {
      text,
      encoding: decoded.encoding,
      title: rawTitle ? headlineOf(rawTitle, metaContent(head, 'og:site_name', 'application-name')) || undefined : undefined,
      sourceUrl: absoluteUrl(canonical?.attrs.href) ?? absoluteUrl(metaContent(head, 'og:url')),
      date: isoDateOf(metaContent(head, 'article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate', 'publish-date')),
      author: author && !/^https?:/i.test(author) ? author : undefined,
      warnings: [],
    },
  };
}
