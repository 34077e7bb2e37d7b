// Name folding for the entity registry: the comparison key under which variant spellings of one name agree.
import type { EntityType } from '../model/annotation';

/**
 * Honorifics, ranks and forms of address written before a person's name (annotation-guide.md keeps them
 * inside the PERSON span). Thai forms are matched as written, longest first; they may run straight into
 * the name (นายสำลี, สหายเล, ดร.ณัฐพล) and may be stacked (ศ.ดร., พล.อ. ดร.).
 */
export const THAI_HONORIFICS: readonly string[] = [
  'นาย', 'นาง', 'นางสาว', 'น.ส.', 'ด.ช.', 'ด.ญ.', 'คุณ', 'คุณหญิง', 'ท่าน', 'สหาย', 'ดร.', 'ด๊อกเตอร์',
  'ศาสตราจารย์', 'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์', 'ศ.', 'รศ.', 'ผศ.', 'นพ.', 'พญ.', 'ทพ.', 'ทพญ.',
  'นายแพทย์', 'แพทย์หญิง', 'ม.ร.ว.', 'ม.ล.', 'ม.จ.', 'หม่อมราชวงศ์', 'หม่อมหลวง', 'หม่อมเจ้า',
  'พล.อ.', 'พล.ท.', 'พล.ต.', 'พล.ร.อ.', 'พล.ร.ท.', 'พล.ร.ต.', 'พล.อ.อ.', 'พล.อ.ท.', 'พล.อ.ต.',
  'พล.ต.อ.', 'พล.ต.ท.', 'พล.ต.ต.', 'พ.อ.', 'พ.ท.', 'พ.ต.', 'ร.อ.', 'ร.ท.', 'ร.ต.', 'พ.ต.อ.', 'พ.ต.ท.', 'พ.ต.ต.',
  'ว่าที่ร้อยตรี', 'ว่าที่ ร.ต.', 'พลเอก', 'พลโท', 'พลตรี', 'พลเรือเอก', 'พลอากาศเอก', 'พลตำรวจเอก',
  'มิสเตอร์', 'มิสซิส', 'มิส', 'มาดาม', 'เซอร์',
].slice().sort((a, b) => b.length - a.length);

/** Latin honorifics (compared case-insensitively; the dot is optional, a space or the dot must follow). */
export const LATIN_HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'mme', 'mdm', 'h.e',
  'hon', 'gen', 'lt', 'col', 'maj', 'capt', 'comrade', 'his excellency', 'her excellency',
].slice().sort((a, b) => b.length - a.length);

/**
 * Place prefixes set aside for LOC names (the list, plus นครหลวง and the abbreviation จ.).
 * Other prefixes the extractor keeps inside LOC spans (ท่าเรือ, เกาะ, แม่น้ำ, รัฐ ...) change what is named
 * (the port of a city, a state of a country), so they stay in the key.
 */
export const PLACE_PREFIXES: readonly string[] = ['นครหลวง', 'จังหวัด', 'ประเทศ', 'เมือง', 'กรุง', 'นคร', 'จ.'];

// Tone marks U+0E48-U+0E4B, MAITAIKHU ็ U+0E47, PAIYANNOI ฯ U+0E2F.
const THAI_MARKS = /[\u0E47-\u0E4B\u0E2F]/g;
// Spaces, hyphens and dashes, dots.
const SEPARATORS = /[\s\-\u2010-\u2015.]/g;

// A dependent vowel or mark cannot start a name: คุณากร is a name, not คุณ + ากร.
const DEPENDENT = /^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/;

function stripThaiHonorific(s: string): string {
  for (const h of THAI_HONORIFICS) {
    if (!s.startsWith(h) || s.length <= h.length) continue;
    const rest = s.slice(h.length);
    if (DEPENDENT.test(rest)) continue;
    return rest.trimStart();
  }
  return s;
}

function stripLatinHonorific(s: string): string {
  const lower = s.toLowerCase();
  for (const h of LATIN_HONORIFICS) {
    if (!lower.startsWith(h)) continue;
    const rest = s.slice(h.length);
    const m = /^(\.\s*|\s+)/.exec(rest);
    if (m && rest.length > m[0].length) return rest.slice(m[0].length);
  }
  return s;
}

/** The name without the honorifics and ranks written before it (PERSON), repeated while one is there. */
export function stripHonorifics(name: string): string {
  let s = name.trim();
  for (let guard = 0; guard < 5; guard++) {
    const next = stripLatinHonorific(stripThaiHonorific(s));
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The name without the place prefixes written before it (LOC): กรุงโซล -> โซล, จังหวัดนครนายก -> นายก. */
export function stripPlacePrefixes(name: string): string {
  let s = name.trim();
  for (let guard = 0; guard < 5; guard++) {
    const p = PLACE_PREFIXES.find((x) => s.startsWith(x) && s.length > x.length);
    if (!p) break;
    s = s.slice(p.length).trimStart();
  }
  return s;
}

/** Folds one piece of a name: NFC, no tone marks, ็ or ฯ, no spaces, hyphens or dots, Latin in lower case. */
export function foldChars(s: string): string {
  return s.normalize('NFC').replace(THAI_MARKS, '').replace(SEPARATORS, '').toLowerCase();
}

/** The name with the type's honorifics or place prefixes set aside, still as written otherwise. */
export function nameCore(name: string, type: EntityType): string {
  const s = name.normalize('NFC').trim();
  if (type === 'PERSON') return stripHonorifics(s);
  if (type === 'LOC') return stripPlacePrefixes(s);
  return s;
}

/**
 * The folded parts of a name: its core split at spaces, each part folded. `เล เตี่ยน เชา` gives
 * ['เล', 'เตียน', 'เชา']; `สหายเล เตียน เจา` gives ['เล', 'เตียน', 'เจา'].
 */
export function foldNameParts(name: string, type: EntityType): string[] {
  return nameCore(name, type)
    .split(/\s+/)
    .map(foldChars)
    .filter((p) => p.length > 0);
}

/**
 * The comparison key of a name: two names of one type with the same key are variant spellings of one
 * entity. Drops tone marks (่ ้ ๊ ๋), ็, ฯ, spaces, hyphens and dots; sets aside honorifics and ranks
 * for PERSON (Thai and Latin) and place prefixes for LOC; lowercases Latin. Never empty for a non-empty
 * name: a name that is nothing but a prefix keeps it.
 */
export function foldName(name: string, type: EntityType): string {
  const key = foldNameParts(name, type).join('');
  return key.length > 0 ? key : foldChars(name);
}
