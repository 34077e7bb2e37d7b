// PERSON rules: honorifics and ranks (Thai and Latin), names after job titles, Vietnamese-style spaced names.
import type { Candidate } from './candidate';
import { thaiRunEnd } from './candidate';
import { CharTrie, wordTrie } from './char-trie';
import { cutAtStop, nameStopAt } from './stop-words';
import { baseLength, isLatinUpper, isLeadingVowel, isThaiDependent, isThaiLetter } from './thai-chars';

const PERSON_PRIORITY = 3;

/** Honorifics and ranks written before a name; they stay inside the PERSON span. */
export const THAI_HONORIFICS: readonly string[] = [
  'นางสาว', 'นาง', 'นาย', 'น.ส.', 'ดร.', 'ศ.ดร.', 'รศ.ดร.', 'ผศ.ดร.', 'ศ.', 'รศ.', 'ผศ.', 'ศาสตราจารย์',
  'รองศาสตราจารย์', 'ผู้ช่วยศาสตราจารย์', 'นพ.', 'พญ.', 'ทพ.', 'ทพญ.', 'ภก.', 'ภญ.', 'สพ.ญ.', 'น.สพ.', 'นายแพทย์',
  'แพทย์หญิง', 'ทันตแพทย์', 'ทันตแพทย์หญิง', 'เภสัชกร', 'เภสัชกรหญิง', 'นายสัตวแพทย์', 'สัตวแพทย์หญิง',
  'พลเอก', 'พลโท', 'พลตรี', 'พันเอก', 'พันโท', 'พันตรี', 'ร้อยเอก', 'ร้อยโท', 'ร้อยตรี', 'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.', 'ว่าที่ร.ต.', 'จ่าสิบเอก', 'พลตำรวจเอก', 'พลตำรวจโท', 'พลตำรวจตรี', 'พันตำรวจเอก', 'พันตำรวจโท',
  'พันตำรวจตรี', 'พลอากาศเอก', 'พลอากาศโท', 'พลอากาศตรี', 'พลเรือเอก', 'พลเรือโท', 'พลเรือตรี', 'นาวาเอก',
  'พล.อ.', 'พล.ท.', 'พล.ต.', 'พ.อ.', 'พ.ท.', 'พ.ต.', 'ร.อ.', 'ร.ท.', 'ร.ต.', 'พล.ต.อ.', 'พล.ต.ท.', 'พล.ต.ต.',
  'พ.ต.อ.', 'พ.ต.ท.', 'พ.ต.ต.', 'ร.ต.อ.', 'ร.ต.ท.', 'ร.ต.ต.', 'พล.อ.อ.', 'พล.อ.ท.', 'พล.อ.ต.', 'พล.ร.อ.',
  'พล.ร.ท.', 'พล.ร.ต.', 'น.อ.', 'น.ท.', 'น.ต.', 'จ.ส.อ.', 'ส.ต.อ.', 'ด.ต.', 'ม.ร.ว.', 'ม.ล.', 'ม.จ.',
  'หม่อมราชวงศ์', 'หม่อมหลวง', 'หม่อมเจ้า', 'น.พ.', 'พ.ญ.', 'ด.ช.', 'ด.ญ.', 'เด็กชาย', 'เด็กหญิง', 'ทพ.ญ.', 'คุณหญิง', 'ท่านผู้หญิง', 'สหาย', 'ฯพณฯ', 'เสธ.', 'อาจารย์',
];

/** Words after นาย/นาง that make a common noun, not an honorific (นายก, นายจ้าง, นางงาม ...). */
const NOT_AFTER_NAI: readonly string[] = [
  'ก', 'จ้าง', 'หน้า', 'ทุน', 'อำเภอ', 'ทหาร', 'ตำรวจ', 'ช่าง', 'ด่าน', 'ท่า', 'ประกัน', 'ร้อย', 'สิบ', 'พล',
  'พัน', 'เรือ', 'แบบ', 'ทะเบียน', 'บ่อน', 'ห้าง', 'เวร', 'ประตู', 'งาน', 'ทัพ', 'พราน', 'ตรวจ',
];
const NOT_AFTER_NANG: readonly string[] = [
  'งาม', 'ฟ้า', 'พยาบาล', 'แบบ', 'เอก', 'สนม', 'ใน', 'กำนัล', 'ละคร', 'ร้าย', 'สาวใช้', 'แมว', 'เงือก', 'พญา',
];

/** Family names that open a Vietnamese name written in Thai as spaced syllables (เหงียน ฮ่อง เดียน). */
export const VIETNAMESE_SURNAMES: readonly string[] = [
  'เหงียน', 'เหวียน', 'เจิ่น', 'ตรัน', 'เล', 'ฝ่าม', 'ฟาม', 'ฟั่ม', 'หวู', 'หวุ', 'หวู่', 'หว่อ', 'หวอ', 'หว่าง', 'ฮวง',
  'หวิ่ญ', 'หวีญ', 'ฟาน', 'ดั่ง', 'ดัง', 'บุ่ย', 'บุ้ย', 'โด๋', 'โด่', 'โห่', 'โฮ', 'โง', 'โง๋', 'เซือง', 'เดือง', 'เยือง',
  'ลื้อ', 'ลัม', 'เลิม', 'จิ่ญ', 'ตรินห์', 'ดิ่ญ', 'ดิงห์', 'ฟุ่ง', 'ต๋อ', 'เหงวียน',
];

/** Job titles a name may follow (the title stays outside the span). */
export const TITLES: readonly string[] = [
  'ประธานาธิบดี', 'รองประธานาธิบดี', 'นายกรัฐมนตรี', 'รองนายกรัฐมนตรี', 'นายกฯ', 'รองนายกฯ', 'รัฐมนตรีว่าการ',
  'รัฐมนตรีช่วยว่าการ', 'รัฐมนตรี', 'รองรัฐมนตรี', 'รมว.', 'รมช.', 'รมต.', 'ปลัดกระทรวง', 'รองปลัดกระทรวง', 'ปลัดฯ',
  'รองปลัดฯ', 'อธิบดี', 'รองอธิบดี', 'เลขาธิการ', 'รองเลขาธิการ', 'ผู้อำนวยการ', 'รองผู้อำนวยการ', 'ผอ.',
  'ผู้ว่าราชการจังหวัด', 'ผู้ว่าราชการ', 'ผู้ว่าฯ', 'รองผู้ว่าฯ', 'เอกอัครราชทูต', 'อัครราชทูต', 'กงสุลใหญ่', 'ประธาน',
  'รองประธาน', 'ประธานกรรมการ', 'กรรมการผู้จัดการ', 'กรรมการผู้จัดการใหญ่', 'ประธานเจ้าหน้าที่บริหาร', 'โฆษก',
  'รองโฆษก', 'นายกเทศมนตรี', 'ผู้บัญชาการ', 'สมเด็จพระราชาธิบดี', 'กษัตริย์', 'ราชินี', 'เจ้าชาย', 'เจ้าหญิง',
  'นายกสมาคม', 'ผู้แทนการค้าไทย', 'ผู้แทนการค้า', 'ประธานสภา', 'ผู้ช่วยรัฐมนตรี', 'ที่ปรึกษา', 'หัวหน้าพรรค',
];

const honorifics = wordTrie(THAI_HONORIFICS);
const notAfterNai = wordTrie(NOT_AFTER_NAI);
const notAfterNang = wordTrie(NOT_AFTER_NANG);
const vnSurnames = wordTrie(VIETNAMESE_SURNAMES);
export const titleTrie: CharTrie<string> = wordTrie(TITLES);

/** The honorific at `pos` (e.g. นาย, พล.อ.), or '' when none or when it is part of a common noun. */
export function honorificAt(text: string, pos: number): string {
  if (!honorifics.startsAt(text, pos)) return '';
  if (pos > 0 && isLeadingVowel(text.charCodeAt(pos - 1))) return '';
  const m = honorifics.longestAt(text, pos);
  if (!m) return '';
  const h = m.value;
  if (m.end < text.length && isThaiDependent(text.charCodeAt(m.end))) return ''; // พัฒนายั่งยืน
  if (h === 'นาย') {
    if (notAfterNai.startsAt(text, m.end) && notAfterNai.longestAt(text, m.end)) return '';
    if (pos > 0 && text[pos - 1] === 'ท') return ''; // ทนาย
    if (text.endsWith('ถุ', pos)) return ''; // มิถุนายน
  }
  if (h === 'นาง' && notAfterNang.startsAt(text, m.end) && notAfterNang.longestAt(text, m.end)) return '';
  if ((h === 'นายแพทย์' || h === 'แพทย์หญิง') && text.startsWith('สาธารณสุข', m.end)) return '';
  if (h === 'อาจารย์' && pos > 0 && isThaiLetter(text.charCodeAt(pos - 1))) return '';
  return h;
}

/** One name token at `pos`: a Thai run cut where a stop word is glued to it; its end, or -1. */
function nameToken(text: string, pos: number, allowStopStart: boolean): number {
  if (pos >= text.length || !isThaiLetter(text.charCodeAt(pos))) return -1;
  if (!allowStopStart && nameStopAt(text, pos)) return -1;
  const runEnd = thaiRunEnd(text, pos);
  // Cut after at least two letters where a stop word begins.
  let from = pos + 1;
  while (from < runEnd && baseLength(text.slice(pos, from)) < 2) from++;
  const end = cutAtStop(text, from, runEnd, 'name');
  return baseLength(text.slice(pos, end)) >= 2 ? end : -1;
}

/** A Vietnamese name at `pos` (family name + 1..3 short syllables); its end, or -1. */
export function vietnameseNameAt(text: string, pos: number): number {
  const m = vnSurnames.longestAt(text, pos, (end) => text[end] === ' ');
  if (!m) return -1;
  let end = m.end;
  let syllables = 0;
  while (syllables < 3 && text[end] === ' ') {
    const s = end + 1;
    const e = thaiRunEnd(text, s);
    if (e === s || baseLength(text.slice(s, e)) > 5 || nameStopAt(text, s)) break;
    end = e;
    syllables++;
  }
  return syllables >= 1 ? end : -1;
}

/** A Thai "first [last]" name at `pos`; `needLast` demands the surname. Returns its end, or -1. */
export function thaiNameAt(text: string, pos: number, allowStopStart: boolean, needLast: boolean): number {
  const vn = vietnameseNameAt(text, pos);
  if (vn > 0) return vn;
  const first = nameToken(text, pos, allowStopStart);
  if (first < 0) return -1;
  if (first < thaiRunEnd(text, pos)) return needLast ? -1 : first; // glued to a stop word: no surname
  if (text[first] === ' ') {
    let s = first + 1;
    // ณ อยุธยา-style surnames.
    if (text.startsWith('ณ ', s)) s += 2;
    const last = nameToken(text, s, false);
    if (last > 0) return last;
  }
  return needLast ? -1 : first;
}

/** PERSON spans opened by a Thai honorific or rank (นายสำลี บุษดี, ดร.ณัฐพล รังสิตพล, สหายเล เตียน เชา). */
export function findHonorificPersons(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    let h = honorificAt(text, i);
    if (!h) continue;
    let p = i + h.length;
    // Stacked honorifics: ผศ. ดร., พลเอก นายแพทย์ ...
    for (let k = 0; k < 3; k++) {
      const q = text[p] === ' ' ? p + 1 : p;
      const h2 = honorificAt(text, q);
      if (!h2) break;
      h = h2;
      p = q + h2.length;
    }
    const nameStart = text[p] === ' ' && isThaiLetter(text.charCodeAt(p + 1)) ? p + 1 : p;
    const end = thaiNameAt(text, nameStart, true, false);
    if (end > 0) {
      out.push({ start: i, end, type: 'PERSON', priority: PERSON_PRIORITY });
      i = end - 1;
    }
  }
  return out;
}

const LATIN_PARTICLES = new Set(['van', 'von', 'de', 'der', 'bin', 'binti', 'da', 'del', 'la', 'le']);

/** End of a run of capitalised Latin name tokens at `pos` (Samly Boutsady, Dae-jin Jeong, Wangi AHN), or -1. */
function latinNameAt(text: string, pos: number): number {
  let end = -1;
  let i = pos;
  let tokens = 0;
  while (i < text.length && tokens < 5) {
    const m = /^[A-Za-z][A-Za-z'’-]*/.exec(text.slice(i, i + 40));
    if (!m) break;
    const tok = m[0];
    const upper = isLatinUpper(tok.charCodeAt(0));
    if (!upper && !(tokens > 0 && LATIN_PARTICLES.has(tok))) break;
    i += tok.length;
    if (upper) end = i;
    tokens++;
    if (text[i] !== ' ') break;
    i++;
  }
  return end;
}

/** PERSON spans opened by a Latin honorific (Mr. Samly Boutsady, Mr.Dae-jin Jeong). */
export function findLatinPersons(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /(?<![A-Za-z])(Mrs\.?|Mr\.?|Ms\.?|Miss|Dr\.?|Prof\.?|H\.E\.|Sir|Madam)(?=[ A-Z])/g;
  for (const m of text.matchAll(re)) {
    const h = m[1] ?? '';
    const i = m.index ?? 0;
    const after = i + h.length;
    if (!h.endsWith('.') && text[after] !== ' ') continue;
    const p = text[after] === ' ' ? after + 1 : after;
    const end = latinNameAt(text, p);
    if (end > 0) out.push({ start: i, end, type: 'PERSON', priority: PERSON_PRIORITY });
  }
  return out;
}

/** Vietnamese-style names standing on their own (preceded by a space, bracket or line start). */
export function findVietnamesePersons(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!vnSurnames.startsAt(text, i)) continue;
    if (i > 0 && isThaiLetter(text.charCodeAt(i - 1))) continue;
    const end = vietnameseNameAt(text, i);
    if (end > 0) {
      out.push({ start: i, end, type: 'PERSON', priority: PERSON_PRIORITY });
      i = end - 1;
    }
  }
  return out;
}

/**
 * Names written after a job title, possibly past the organisation or country of the title
 * (รัฐมนตรีว่าการกระทรวงการต่างประเทศเหงียน ฮอง เดียน, รองปลัดกระทรวงจาค็อบ เฮลเบิร์ก).
 * `spanAt(pos)` returns the end of an already accepted ORG/LOC span starting at pos, or -1;
 * `covered(pos)` tells whether pos lies inside an accepted span.
 */
export function findTitlePersons(
  text: string,
  spanAt: (pos: number) => number,
  covered: (start: number, end: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!titleTrie.startsAt(text, i)) continue;
    const m = titleTrie.longestAt(text, i);
    if (!m || covered(i, i + 1)) continue;
    let p = m.end;
    for (let k = 0; k < 3; k++) {
      const q = text[p] === ' ' ? p + 1 : p;
      const e = spanAt(q);
      if (e < 0) break;
      p = e;
    }
    const q = text[p] === ' ' ? p + 1 : p;
    if (!isThaiLetter(text.charCodeAt(q)) || honorificAt(text, q)) continue;
    // A first name alone after a title (ปลัดฯ ณัฐพล) is left to the repeated-name pass: too many verbs look alike.
    const end = thaiNameAt(text, q, false, true);
    if (end < 0 || covered(q, end)) continue;
    if (end < text.length && isThaiLetter(text.charCodeAt(end))) continue;
    out.push({ start: q, end, type: 'PERSON', priority: PERSON_PRIORITY });
    i = end - 1;
  }
  return out;
}
