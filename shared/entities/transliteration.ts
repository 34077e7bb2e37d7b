// Where Thai spellings of one foreign name waver (จ/ช, the first syllable's vowel), and which names look foreign.
import type { EntityType } from '../model/annotation';
import { foldNameParts, nameCore } from './name-folding';

/*
 * Thai writes a foreign name by ear, so two writers (or one writer twice) may spell it differently:
 * `เล เตียน เชา` / `เล เตียน เจา` (Vietnamese "Châu": จ or ช), `จาค็อบ` / `เจคอบ` ("Jacob": the vowel of
 * the first syllable, and ็, which folding already drops). A Thai person's name has one spelling, so
 * สมชาย and สมชัย are two people; these rules are therefore applied only to names that look foreign.
 *
 * Heuristic for "looks foreign" (lookForeign), on the name without honorifics:
 *  - it is written in Thai script and has at least two space-separated parts (so that the other parts
 *    can confirm the match: a one-part name is never merged by transliteration, whence ฮานอย is not
 *    ฮาลอง and เกาหลีใต้ is not เกาหลีเหนือ);
 *  - it has none of the Pali/Sanskrit letters that mark a Thai name and are almost never used to spell
 *    foreign sounds (ฆ ฌ ญ ฎ ฏ ฐ ฑ ฒ ณ ธ ภ ศ ษ ฤ ฦ ฬ);
 *  - and it shows a sign of transliteration: three or more parts (Vietnamese, Chinese and Korean names
 *    are written syllable by syllable: เหงียน ฮ่อง เดียน), or a mark Thai words hardly use: ็ before อ
 *    (ค็อบ), ร์/ล์ inside a syllable (เบิร์ก, แอนต์เวิร์ป), ส์/ซ์ (เจมส์), or the letter ฮ.
 * Two names are transliteration variants when both look foreign, they have the same number of parts,
 * every part agrees or is a variant of the other (transliterationKey), and at least one part agrees
 * exactly. Whether the evidence (same article, same title or role) holds is the caller's business.
 */

const THAI_SCRIPT = /^[\u0E00-\u0E7F\s.\-]+$/;
const THAI_ONLY_LETTERS = /[ฆฌญฎฏฐฑฒณธภศษฤฦฬ]/;
const FOREIGN_MARKS = /็อ|[รล]์[ก-ฮ]|[อาิ][รล]์|[สซ]์|ฮ/;

const LEADING_VOWELS = new Set(['เ', 'แ', 'โ', 'ใ', 'ไ']);
// Vowels written after or over the first consonant: ะ ั า ำ ิ ี ึ ื ุ ู
const FOLLOWING_VOWELS = /^[\u0E30-\u0E39]+/;

/** True when a name (honorifics or prefixes included) looks like a transliterated foreign name. */
export function looksForeign(name: string, type: EntityType): boolean {
  const core = nameCore(name, type);
  if (!THAI_SCRIPT.test(core)) return false;
  const parts = core.split(/\s+/).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  if (THAI_ONLY_LETTERS.test(core)) return false;
  return parts.length >= 3 || FOREIGN_MARKS.test(core);
}

/** A folded part with its first syllable's vowel left out: เจคอบ and จาคอบ both give จคอบ. */
function withoutFirstVowel(part: string): string {
  let s = part;
  if (s.length > 0 && LEADING_VOWELS.has(s[0]!)) s = s.slice(1);
  if (s.length < 2) return s;
  const rest = s.slice(1);
  return s[0]! + rest.replace(FOLLOWING_VOWELS, '');
}

/**
 * The key under which spellings of one foreign name part agree: ช read as จ, and, when the part has more
 * than its first syllable (at least three letters remain), that syllable's vowel left out. A short part
 * (เชา, เจา) keeps its vowel, so only จ/ช may waver there. `part` is already folded (foldChars).
 */
export function transliterationKey(part: string): string {
  const s = part.replace(/ช/g, 'จ');
  const stripped = withoutFirstVowel(s);
  return stripped.length >= 3 ? stripped : s;
}

/** True when two folded name parts are spellings of one foreign sound sequence (equal parts included). */
export function isTransliterationVariant(a: string, b: string): boolean {
  return a === b || transliterationKey(a) === transliterationKey(b);
}

/**
 * True when two names of one type differ only where Thai spelling of foreign sounds wavers: both look
 * foreign, same number of parts, each pair of parts equal or a variant, at least one part equal, and the
 * folded names are not already equal (that is plain folding, not transliteration).
 */
export function transliterationVariants(a: string, b: string, type: EntityType): boolean {
  if (!looksForeign(a, type) || !looksForeign(b, type)) return false;
  const pa = foldNameParts(a, type);
  const pb = foldNameParts(b, type);
  if (pa.length !== pb.length || pa.join('') === pb.join('')) return false;
  let equal = 0;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] === pb[i]) equal++;
    else if (!isTransliterationVariant(pa[i]!, pb[i]!)) return false;
  }
  return equal > 0;
}

/** The key of a whole name for bucketing candidates: names that may be variants share it. */
export function transliterationNameKey(name: string, type: EntityType): string {
  return foldNameParts(name, type).map(transliterationKey).join(' ');
}
