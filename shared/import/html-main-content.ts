// Finds an HTML page's article: boilerplate (nav, header, footer, aside, forms, ads) dropped, then <article>/<main> or the densest block.
import { type HtmlElement, type HtmlNode, findAll, findFirst, isElement } from './html-tree';

/** Elements that are never the article's text. */
const BOILERPLATE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'form', 'button', 'select', 'textarea', 'input', 'canvas',
  'object', 'embed', 'dialog', 'nav', 'aside', 'menu', 'head',
]);
/** Page chrome outside the article; inside <article>/<main> a header or footer is the article's own (headline, byline). */
const PAGE_CHROME_TAGS = new Set(['header', 'footer']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
/** Whole class or id tokens that name page furniture. */
const BOILERPLATE_TOKEN =
  /^(?:nav|navbar|navigation|main-nav|menu|main-menu|sidebar|side-bar|breadcrumbs?|footer|site-footer|page-footer|site-header|page-header|masthead|share|sharing|share-buttons|social|social-share|comments?|comment-list|related|related-posts|related-news|advert|advertisement|ads?|ad-slot|banner|cookie|cookies|cookie-banner|popup|modal|newsletter|subscribe|widget|pagination|pager|tags|print|skip-link)$/i;
const KEEP_ALWAYS = new Set(['html', 'body', 'article', 'main', '#document']);

function isBoilerplate(el: HtmlElement, insideContent: boolean): boolean {
  if (BOILERPLATE_TAGS.has(el.name)) return true;
  if (PAGE_CHROME_TAGS.has(el.name) && !insideContent) return true;
  const role = el.attrs.role?.toLowerCase();
  if (role && BOILERPLATE_ROLES.has(role) && !(insideContent && role === 'banner')) return true;
  if (el.attrs.hidden !== undefined || el.attrs['aria-hidden'] === 'true') return true;
  if (KEEP_ALWAYS.has(el.name)) return false;
  const tokens = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && BOILERPLATE_TOKEN.test(t));
}

/** A copy of the tree without boilerplate elements. */
export function withoutBoilerplate(el: HtmlElement, insideContent = false): HtmlElement {
  const inside = insideContent || el.name === 'article' || el.name === 'main' || el.attrs.role === 'main';
  const children = el.children.flatMap<HtmlNode>((c) => {
    if (!isElement(c)) return [c];
    if (isBoilerplate(c, inside)) return [];
    return [withoutBoilerplate(c, inside)];
  });
  return { name: el.name, attrs: el.attrs, children };
}

/** Letters and digits outside links: what counts as an element's own reading text. */
function weight(el: HtmlElement, cache: Map<HtmlElement, number>): number {
  const known = cache.get(el);
  if (known !== undefined) return known;
  let w = 0;
  for (const c of el.children) {
    if (!isElement(c)) {
      for (const ch of c) if (ch > ' ' && ch !== '\u00A0') w++;
    } else if (c.name === 'a') {
      // Link text counts a quarter: menus and "read more" lists are mostly links.
      w += weight(c, cache) / 4;
    } else {
      w += weight(c, cache);
    }
  }
  cache.set(el, w);
  return w;
}

/** Share of its parent's text a child needs to be taken as the article container. */
const DESCEND_SHARE = 0.7;
/** Share of the page's text an <article> or <main> must hold to be trusted. */
const LANDMARK_SHARE = 0.4;
/** A paragraph, heading or inline element is part of the text, never its container. */
const TEXT_LEVEL = /^(?:p|h[1-6]|li|dt|dd|blockquote|pre|a|span|strong|b|em|i|u|font|small|big|sub|sup|label|figcaption|caption)$/;

/** The element holding the article's text, in a tree already without boilerplate. */
export function mainContentOf(page: HtmlElement): HtmlElement {
  const body = findFirst(page, (e) => e.name === 'body') ?? page;
  const cache = new Map<HtmlElement, number>();
  const total = weight(body, cache);
  if (total === 0) return body;

  for (const landmark of [(e: HtmlElement) => e.name === 'article', (e: HtmlElement) => e.name === 'main' || e.attrs.role === 'main']) {
    const found = findAll(body, landmark);
    const best = found.reduce<HtmlElement | undefined>((b, e) => (!b || weight(e, cache) > weight(b, cache) ? e : b), undefined);
    if (best && weight(best, cache) >= total * LANDMARK_SHARE) return best;
  }

  // No trusted landmark: walk down while one child holds most of the text.
  let node = body;
  for (;;) {
    const w = weight(node, cache);
    const next = node.children.find(
      (c): c is HtmlElement => isElement(c) && !TEXT_LEVEL.test(c.name) && weight(c, cache) >= w * DESCEND_SHARE,
    );
    if (!next) return node;
    node = next;
  }
}
