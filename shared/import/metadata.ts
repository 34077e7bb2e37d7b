// Document metadata read from an article's text: title, its own date, and source URL.
import { extractDates } from '../extract/date-extractor';

/** `รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-` and the like: site name and section glued before the headline. */
const SITE_PREFIX = /^(?:รัฐบาลไทย|ทำเนียบรัฐบาล)-[^-\n]{0,40}-\s*/;
/** `ที่มา: URL` or `ที่มา : URL`. */
const SOURCE_LINE = /^\s*ที่มา\s*:\s*(\S+)/m;
/** dd/mm/yyyy with a Buddhist Era year, as thaigov pages print under the headline. */
const SLASH_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(25\d\d)(?!\d)/;

const MAX_TITLE = 160;

export function titleOf(text: string, fallback: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '');
  if (!line) return fallback;
  const title = line.trim().replace(SITE_PREFIX, '').trim();
  if (!title) return fallback;
  if (title.length <= MAX_TITLE) return title;
  // A first line that is a whole paragraph: cut at the last space before the limit, not inside a word.
  const cut = title.lastIndexOf(' ', MAX_TITLE);
  return `${title.slice(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE)}…`;
}

export function sourceUrlOf(text: string): string | undefined {
  const m = SOURCE_LINE.exec(text);
  return m && /^https?:\/\//i.test(m[1]) ? m[1] : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The article's own date: the first single day the opening of the text states
 * (e.g. `วันอังคารที่ 25 กรกฎาคม 2566` or `25/07/2566`), BE converted to an ISO date.
 */
export function documentDateOf(text: string): string | undefined {
  const head = text.slice(0, 2000);
  // A stated day (`25 กรกฎาคม 2566`, `25/07/2566`), not an as-of period end such as `สิ้นเดือนตุลาคม 2568`.
  const day = extractDates(head).find((d) => d.startDate && d.startDate === d.endDate && /^[\d๐-๙]/.test(d.quote));
  if (day?.startDate) return day.startDate;
  const m = SLASH_DATE.exec(head);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3]) - 543];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return undefined;
}
