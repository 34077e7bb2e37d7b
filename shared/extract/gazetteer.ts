// Loads the JSON gazetteers (resources/gazetteers) and finds their names in text with one trie, longest match.
import type { EntityType } from '../model/annotation';
import { CharTrie } from './char-trie';
import { isThaiConsonant, isThaiLetter, isThaiText, isolatedOk, latinBoundaryOk, thaiBoundaryOk } from './thai-chars';
import countries from '../../resources/gazetteers/countries.json';
import places from '../../resources/gazetteers/places.json';
import thaiProvinces from '../../resources/gazetteers/thai-provinces.json';
import vietnam from '../../resources/gazetteers/vietnam.json';
import internationalOrgs from '../../resources/gazetteers/international-orgs.json';
import thaiAgencies from '../../resources/gazetteers/thai-agencies.json';
import foreignMinistries from '../../resources/gazetteers/foreign-ministries.json';
import programmes from '../../resources/gazetteers/programmes.json';

export type NameLang = 'th' | 'en' | 'vi' | 'abbr';
export const NAME_LANGS: readonly NameLang[] = ['th', 'en', 'vi', 'abbr'];

export interface GazetteerEntry {
  /** Unique across all gazetteers; names of one entry are variant spellings of one entity. */
  id: string;
  /** country, capital, city, province, region, ministry, agency, zone, ... */
  kind: string;
  names: Partial<Record<NameLang, string[]>>;
  /** The bare name is also a common word: match it only behind a place prefix (จังหวัด, เมือง, ...). */
  needsPrefix?: boolean;
}

export interface GazetteerFile {
  type: EntityType;
  description: string;
  entries: GazetteerEntry[];
}

/** Every gazetteer by file name (without .json). */
export const GAZETTEERS: Readonly<Record<string, GazetteerFile>> = {
  countries: countries as GazetteerFile,
  places: places as GazetteerFile,
  'thai-provinces': thaiProvinces as GazetteerFile,
  vietnam: vietnam as GazetteerFile,
  'international-orgs': internationalOrgs as GazetteerFile,
  'thai-agencies': thaiAgencies as GazetteerFile,
  'foreign-ministries': foreignMinistries as GazetteerFile,
  programmes: programmes as GazetteerFile,
};

export interface GazetteerName {
  type: EntityType;
  id: string;
  kind: string;
  lang: NameLang;
  needsPrefix: boolean;
}

export interface GazetteerHit extends GazetteerName {
  start: number;
  end: number;
}

/** Words written against a place name that stay inside its LOC span (longest first). */
export const LOC_PREFIXES: readonly string[] = [
  'เขตบริหารพิเศษ', 'นครหลวง', 'จังหวัด', 'ท่าเรือ', 'ประเทศ', 'ภูมิภาค', 'แม่น้ำ', 'เมือง', 'มณฑล', 'แคว้น',
  'ทวีป', 'แขวง', 'นคร', 'กรุง', 'รัฐ', 'เกาะ', 'จ.',
].sort((a, b) => b.length - a.length);

/** Currency words that a country name completes (ดอลลาร์สหรัฐ, เหรียญสิงคโปร์): no LOC there. */
const CURRENCY_BEFORE: readonly string[] = ['ดอลลาร์', 'ดอลล่าร์', 'เหรียญ', 'ดอลลาร์ ', 'เหรียญ ', 'ดอลล่าร์ '];

let trie: CharTrie<GazetteerName> | null = null;

/** The trie over all gazetteer names (built once, on first use). */
export function gazetteerTrie(): CharTrie<GazetteerName> {
  if (trie) return trie;
  const t = new CharTrie<GazetteerName>();
  for (const file of Object.values(GAZETTEERS)) {
    for (const e of file.entries) {
      for (const lang of NAME_LANGS) {
        for (const name of e.names[lang] ?? []) {
          t.add(name, { type: file.type, id: e.id, kind: e.kind, lang, needsPrefix: e.needsPrefix === true });
        }
      }
    }
  }
  trie = t;
  return t;
}

/** True when a gazetteer name may be matched at [start, end) of text. */
export function nameBoundaryOk(text: string, start: number, end: number, name: GazetteerName): boolean {
  const s = text.slice(start, end);
  if (!isThaiText(s)) return latinBoundaryOk(text, start, end);
  if (!thaiBoundaryOk(text, start, end)) return false;
  // A short Thai abbreviation without a dot must stand alone (ดีอี, ซีพี).
  if (name.lang === 'abbr' && !s.endsWith('.') && s.length <= 6) return isolatedOk(text, start, end);
  // A dotted abbreviation must not continue a word or another abbreviation (รมช. is not มช., ผบ.ทบ. is a title).
  if (name.lang === 'abbr' && start > 0) {
    const prev = text.charCodeAt(start - 1);
    if (isThaiConsonant(prev) || prev === 0x2e) return false;
  }
  // A name ending in a dot must not run on into another abbreviation (ตร.ม.).
  if (s.endsWith('.') && end < text.length && isThaiLetter(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0x2e) return false;
  return true;
}

/** The longest place prefix written right before `pos`, or ''. */
export function locPrefixBefore(text: string, pos: number): string {
  for (const p of LOC_PREFIXES) {
    if (pos >= p.length && text.startsWith(p, pos - p.length)) return p;
  }
  return '';
}

function startsWithPrefix(name: string): boolean {
  return LOC_PREFIXES.some((p) => name.startsWith(p) && name.length > p.length);
}

/**
 * Every gazetteer name in text: at each position the longest name whose boundaries fit. Hits may overlap
 * (a shorter name inside a longer one at a later position); the caller resolves overlaps. LOC hits take a
 * place prefix written against them (ประเทศไทย, จังหวัดระยอง) into their span.
 */
export function findGazetteerHits(text: string): GazetteerHit[] {
  const t = gazetteerTrie();
  const hits: GazetteerHit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!t.startsAt(text, i)) continue;
    const m = t.longestAt(text, i, (end, v) => nameBoundaryOk(text, i, end, v));
    if (!m) continue;
    let start = i;
    const v = m.value;
    if (v.type === 'LOC') {
      if (CURRENCY_BEFORE.some((c) => text.endsWith(c, i))) continue; // ดอลลาร์สหรัฐ is a currency
      const p = locPrefixBefore(text, i);
      if (p) start = i - p.length;
      else if (v.needsPrefix && !startsWithPrefix(text.slice(i, m.end))) continue;
    } else if (v.needsPrefix) continue;
    const last = hits[hits.length - 1];
    if (last && last.start === start && last.end === m.end) continue; // กรุงโซล matched whole and as กรุง + โซล
    hits.push({ ...v, start, end: m.end });
  }
  return hits;
}

/** The gazetteer name at exactly [pos, ...) if one is there (longest, boundary-checked). */
export function gazetteerNameAt(text: string, pos: number): GazetteerHit | null {
  const t = gazetteerTrie();
  if (!t.startsAt(text, pos)) return null;
  const m = t.longestAt(text, pos, (end, v) => nameBoundaryOk(text, pos, end, v));
  return m ? { ...m.value, start: pos, end: m.end } : null;
}
