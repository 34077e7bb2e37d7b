// ORG rules: Thai organisation heads (กระทรวง, กรม, สำนักงาน, คณะกรรมการ, บริษัท ... จำกัด), governments, Thai abbreviations.
import type { Candidate } from './candidate';
import { thaiRunEnd } from './candidate';
import { CharTrie } from './char-trie';
import { gazetteerNameAt } from './gazetteer';
import { readHeadRun, type HeadRule } from './thai-head-run';
import { isLatinAlnum, isThaiLetter, isThaiConsonant, thaiBoundaryOk } from './thai-chars';

const ORG_PRIORITY = 1;

const GENERIC = ['ที่', 'ของ', 'นี้', 'ดังกล่าว', 'ต่างๆ', 'ต่าง ๆ', 'ทั้ง', 'ใน', 'และ', 'กับ', 'จาก', 'หลาย', 'ทุก', 'แต่ละ', 'เหล่านี้', 'ฯ', 'ละ'];

/** Words a ministry's name starts with (domains of government), so กระทรวง + a person's name is not an ORG. */
const MINISTRY_DOMAINS = [
  'การ', 'เศรษฐ', 'อุตสาหกรรม', 'พาณิชย์', 'ดิจิทัล', 'กลาโหม', 'ยุติธรรม', 'แรงงาน', 'สาธารณสุข', 'ศึกษา', 'มหาดไทย',
  'คมนาคม', 'พลังงาน', 'เกษตร', 'ทรัพยากร', 'วัฒนธรรม', 'วิทยาศาสตร์', 'ต่างประเทศ', 'ป้องกัน', 'สิ่งแวดล้อม',
  'ท่องเที่ยว', 'ข้อมูล', 'ไอซีที', 'เทคโนโลยี', 'พัฒนา', 'ความมั่นคง', 'แผน', 'วางแผน', 'ลงทุน', 'ก่อสร้าง', 'ที่ดิน',
  'สื่อสาร', 'ไปรษณีย์', 'ประมง', 'ป่าไม้', 'กิจการ', 'สหกรณ์', 'เยาวชน', 'กีฬา', 'สวัสดิการ', 'สังคม', 'ศาสนา', 'ทหาร',
  'อุดมศึกษา', 'ธุรกิจ', 'ขนส่ง', 'สุขภาพ', 'อาหาร', 'น้ำ', 'ภายใน', 'บริการ', 'แผนงาน', 'นโยบาย', 'คลัง', 'อุตุ', 'สารสนเทศ',
];

/** Organisation heads and what may (not) follow them. */
export const ORG_HEADS: Readonly<Record<string, HeadRule>> = {
  กระทรวง: { mustStart: MINISTRY_DOMAINS },
  ทบวง: { notStarts: GENERIC },
  สำนักงาน: { notStarts: [...GENERIC, 'ใหญ่', 'สาขา', 'ภาค'], notExact: ['ฯ'] },
  สำนัก: { notStarts: [...GENERIC, 'งาน'] },
  // 'นุษย์': ทรัพยากรมนุษย์ (human resources) holds กรม across two words.
  กรม: { notStarts: [...GENERIC, 'ธรรม', 'นุษย์', 'สมเด็จ', 'หลวง', 'พระ', 'หมื่น', 'ขุน', 'ท่า'] },
  กอง: { notStarts: [...GENERIC, 'ขยะ', 'เชียร์', 'ไฟ', 'กำลัง', 'ทัพ', 'ทุน', 'หนุน', 'เรือ', 'ถ่าน', 'พล'], minBase: 5 },
  กองทัพ: { notStarts: GENERIC },
  กองทุน: { notStarts: [...GENERIC, 'รวม', 'สำรอง'], minBase: 4 },
  กองบัญชาการ: { notStarts: GENERIC },
  คณะกรรมการ: { notStarts: [...GENERIC, 'ร่วม', 'ชุด', 'บริหาร', 'ฯ', 'ผู้', 'ตรวจ', 'คัดเลือก', 'สรรหา'] },
  คณะกรรมาธิการ: { notStarts: [...GENERIC, 'ร่วม', 'ชุด', 'ฯ'] },
  คณะทำงาน: { notStarts: [...GENERIC, 'ร่วม', 'ชุด', 'ฯ'] },
  คณะอนุกรรมการ: { notStarts: [...GENERIC, 'ชุด', 'ฯ'] },
  คณะรักษา: { notStarts: GENERIC },
  มหาวิทยาลัย: { notStarts: [...GENERIC, 'ชั้นนำ', 'เอกชน', 'ทั่ว', 'เครือข่าย', 'รัฐ', 'แห่ง', 'ชื่อดัง', 'คู่'], notExact: ['ไทย'] },
  วิทยาลัย: { notStarts: [...GENERIC, 'ชุมชน', 'อาชีวศึกษา', 'เทคนิค'] },
  สถาบัน: {
    notStarts: [...GENERIC, 'การเงิน', 'การศึกษา', 'อุดมศึกษา', 'พระมหากษัตริย์', 'ครอบครัว', 'ด้าน', 'ทาง', 'หลัก', 'ศาสนา', 'ชั้นนำ', 'ฯ'],
  },
  ธนาคาร: { notStarts: [...GENERIC, 'พาณิชย์', 'รัฐ', 'ชั้นนำ', 'ขนาด'], notExact: ['กลาง', 'ไทย'] },
  องค์การ: { notStarts: [...GENERIC, 'ปกครองส่วนท้องถิ่น', 'ระหว่างประเทศ', 'มหาชน', 'ฯ'] },
  องค์การบริหารส่วน: { notStarts: GENERIC },
  สมาคม: { notStarts: [...GENERIC, 'ฯ', 'การค้า'], notExact: ['ไทย'] },
  สหพันธ์: { notStarts: GENERIC },
  สหภาพ: { notStarts: GENERIC },
  มูลนิธิ: { notStarts: GENERIC },
  สภา: { notStarts: [...GENERIC, 'พ', 'วะ', 'ว', 'ฯ'] },
  พรรค: { notStarts: [...GENERIC, 'การเมือง', 'ร่วม', 'พวก', 'ฝ่าย', 'ใหญ่', 'เล็ก', 'ขนาด', 'ฯ'] },
  ศาล: { notStarts: [...GENERIC, 'เจ้า', 'พระภูมิ', 'ฯ'] },
  การไฟฟ้า: { notStarts: GENERIC },
  การประปา: { notStarts: GENERIC },
  การเคหะ: { notStarts: GENERIC },
  การทางพิเศษ: { notStarts: GENERIC },
  การยาง: { notStarts: GENERIC },
  หอการค้า: { notStarts: GENERIC },
  สำนักข่าว: { notStarts: [...GENERIC, 'ต่างประเทศ', 'ทั่วโลก', 'ชั้นนำ'] },
  เทศบาล: { notStarts: [...GENERIC, 'ฯ'], minBase: 4 },
  ศูนย์: {
    notStarts: [...GENERIC, 'กลาง', 'การค้า', 'รวม', 'เปอร์เซ็นต์', 'ราชการ', 'ฯ', 'บาท', 'องศา', 'จุด', 'เหรียญ', 'ประชุม', 'บริการ', 'ข้อมูล', 'อาหาร'],
    minBase: 6,
  },
  คณะ: {
    mustStart: [
      'แพทย', 'สัตวแพทย', 'วิศวกรรม', 'วิทยาศาสตร์', 'นิติศาสตร์', 'รัฐศาสตร์', 'เศรษฐศาสตร์', 'อักษรศาสตร์', 'ศิลปศาสตร์',
      'ครุศาสตร์', 'ศึกษาศาสตร์', 'บริหารธุรกิจ', 'พาณิชยศาสตร์', 'สถาปัตยกรรม', 'เภสัชศาสตร์', 'ทันตแพทย', 'พยาบาล',
      'นิเทศศาสตร์', 'วารสารศาสตร์', 'สังคมศาสตร์', 'มนุษยศาสตร์', 'สังคมวิทยา', 'วนศาสตร์', 'สาธารณสุขศาสตร์',
      'เทคนิคการแพทย์', 'สหเวชศาสตร์', 'จิตวิทยา', 'ดุริยางคศาสตร์', 'ศิลปกรรม', 'วิจิตรศิลป์', 'อุตสาหกรรมเกษตร',
    ],
  },
  ชมรม: { notStarts: GENERIC },
  ห้างหุ้นส่วน: { notStarts: GENERIC },
  สถานเอกอัครราชทูต: { notStarts: GENERIC },
  สถานกงสุลใหญ่: { notStarts: GENERIC },
  โรงพยาบาล: { notStarts: [...GENERIC, 'สนาม', 'เอกชน', 'รัฐ', 'ชุมชน', 'ประจำ'] },
  โรงเรียน: { notStarts: [...GENERIC, 'เอกชน', 'รัฐ', 'ประจำ'] },
};

const headTrie = new CharTrie<string>();
for (const h of Object.keys(ORG_HEADS)) headTrie.add(h, h);
export const orgHeadTrie: CharTrie<unknown> = headTrie;

/** ORG spans from Thai heads: the head and the name written against it. */
export function findThaiHeadOrgs(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!headTrie.startsAt(text, i)) continue;
    if (i > 0 && !thaiBoundaryOk(text, i, i)) continue;
    if (text.endsWith('มหา', i)) continue; // วิทยาลัย inside มหาวิทยาลัย
    for (const m of headTrie.matchesAt(text, i).reverse()) {
      const rule = ORG_HEADS[m.value];
      if (!rule) continue;
      let end = readHeadRun(text, m.end, rule, headTrie);
      if (end < 0 || (!m.value.startsWith('สถาน') && onlyCountry(text, m.end, end))) continue;
      // "คณะกรรมการเศรษฐกิจฯ เซินเจิ้น": a ฯ-shortened name goes on with its place after a space.
      if (text[end - 1] === 'ฯ' && text[end] === ' ') {
        const g = gazetteerNameAt(text, end + 1);
        if (g && g.type === 'LOC') end = g.end;
      }
      // Embassies and consulates: "... ประจำ(ประเทศ)X" / "... ณ (กรุง)X".
      if (m.value.startsWith('สถาน')) end = extendPostedAt(text, end);
      out.push({ start: i, end, type: 'ORG', priority: ORG_PRIORITY });
      break;
    }
  }
  return out;
}

/** True when [start, end) is just a country's name (มหาวิทยาลัยไต้หวัน = Taiwanese universities, not a name). */
function onlyCountry(text: string, start: number, end: number): boolean {
  let p = start;
  if (text.startsWith('ประเทศ', p)) p += 'ประเทศ'.length;
  const g = gazetteerNameAt(text, p);
  return g !== null && g.type === 'LOC' && (g.kind === 'country' || g.kind === 'territory') && g.end >= end;
}

function extendPostedAt(text: string, end: number): number {
  for (const w of [' ประจำ', 'ประจำ', ' ณ ']) {
    if (!text.startsWith(w, end)) continue;
    let p = end + w.length;
    if (text.startsWith('ประเทศ', p)) p += 'ประเทศ'.length;
    const g = gazetteerNameAt(text, p);
    if (g && g.type === 'LOC') return g.end;
    const loc = locWithPrefixAt(text, end + w.length);
    if (loc > 0) return loc;
  }
  return end;
}

function locWithPrefixAt(text: string, pos: number): number {
  for (const p of ['กรุง', 'นคร', 'เมือง']) {
    if (text.startsWith(p, pos)) {
      const g = gazetteerNameAt(text, pos + p.length);
      if (g && g.type === 'LOC') return g.end;
    }
  }
  return -1;
}

/** Governments named by their country: รัฐบาลไทย, รัฐบาลจีน, รัฐบาลสหรัฐฯ. */
export function findGovernments(text: string): Candidate[] {
  const out: Candidate[] = [];
  let i = text.indexOf('รัฐบาล');
  while (i >= 0) {
    let p = i + 'รัฐบาล'.length;
    if (text.startsWith('แห่ง', p)) p += 'แห่ง'.length;
    if (text.startsWith('ประเทศ', p)) p += 'ประเทศ'.length;
    const g = gazetteerNameAt(text, p);
    if (g && g.type === 'LOC' && (g.kind === 'country' || g.kind === 'territory')) {
      out.push({ start: i, end: g.end, type: 'ORG', priority: ORG_PRIORITY + 1 });
    }
    i = text.indexOf('รัฐบาล', i + 1);
  }
  return out;
}

/** Companies: บริษัท <name> จำกัด (มหาชน), or บริษัท + a capitalised Latin name (glued Thai after บริษัท is mostly generic). */
export function findCompanies(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /บริษัท ?/g;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    const p = i + m[0].length;
    const limit = Math.min(text.length, p + 70);
    const lim = text.indexOf('จำกัด', p);
    if (lim > p && lim < limit && !/[\n]/.test(text.slice(p, lim))) {
      let end = lim + 'จำกัด'.length;
      const pub = /^ ?\(มหาชน\)/.exec(text.slice(end, end + 10));
      if (pub) end += pub[0].length;
      out.push({ start: i, end, type: 'ORG', priority: ORG_PRIORITY + 1 });
      continue;
    }
    // บริษัท + a capitalised Latin name: "บริษัท Toyota Motor".
    const lat = /^[A-Z][A-Za-z0-9&.-]*(?: [A-Z0-9][A-Za-z0-9&.-]*)*/.exec(text.slice(p, p + 80));
    if (lat && m[0].endsWith(' ')) {
      out.push({ start: i, end: p + lat[0].length, type: 'ORG', priority: ORG_PRIORITY });
    }
  }
  return out;
}

/** Thai abbreviations not used for titles, units or honorifics (ดร., กม., ชม. ...). */
const NOT_ORG_ABBR = new Set([
  'ดร.', 'นพ.', 'พญ.', 'ทพ.', 'ผศ.', 'รศ.', 'รมว.', 'รมช.', 'รมต.', 'ผวจ.', 'ผอ.', 'ผบ.', 'ผกก.', 'สว.', 'สส.', 'นรม.',
  'กก.', 'กม.', 'ซม.', 'มม.', 'มก.', 'ชม.', 'นศ.', 'ปธ.', 'ผช.', 'ภก.', 'ภญ.', 'นสพ.', 'อจ.', 'ผจก.', 'จนท.', 'นร.',
  'ตร.', 'ทพญ.', 'ผบก.', 'ผบช.', 'ผบ.ตร.', 'รอง.', 'ลบ.', 'ลบม.', 'กทม.', 'จว.', 'บก.', 'ศ.', 'อ.', 'น.', 'ฯลฯ', 'สน.',
  'พล.', 'พ.', 'ร.', 'สพ.', 'ขรก.', 'รพ.', 'รร.', 'สภ.', 'สน.', 'บจก.', 'หจก.', 'ผญบ.', 'อบต.', 'อบจ.', 'นักศึกษา.', 'เสธ.', 'ปชช.', 'พนง.', 'ครม.', 'ถ.', 'ต.', 'จ.', 'ม.',
]);

/** Thai organisation abbreviations standing alone: กกต., กสทช., สปส. (consonants and a final dot). */
export function findThaiAbbreviations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    let s = i;
    while (s > 0 && isThaiConsonant(text.charCodeAt(s - 1)) && i - s < 6) s--;
    const n = i - s;
    if (n < 2 || n > 5) continue;
    if (s > 0) {
      const prev = text.charCodeAt(s - 1);
      if (isThaiLetter(prev) || prev === 0x2e || isLatinAlnum(prev)) continue;
    }
    const next = text.charCodeAt(i + 1);
    if (isThaiConsonant(next) && text.charCodeAt(i + 2) === 0x2e) continue; // ตร.ม., internal dots
    if (isLatinAlnum(next)) continue;
    const ab = text.slice(s, i + 1);
    if (NOT_ORG_ABBR.has(ab)) continue;
    out.push({ start: s, end: i + 1, type: 'ORG', priority: ORG_PRIORITY - 1 });
  }
  return out;
}

/** Universities in short form: ม.ธรรมศาสตร์, ม.เกษตร. */
export function findShortUniversities(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = text.indexOf('ม.'); i >= 0; i = text.indexOf('ม.', i + 1)) {
    if (i > 0 && (isThaiLetter(text.charCodeAt(i - 1)) || text[i - 1] === '.')) continue;
    const p = i + 2;
    const e = thaiRunEnd(text, p);
    if (e - p < 4 || text[e] === '.') continue;
    out.push({ start: i, end: e, type: 'ORG', priority: ORG_PRIORITY - 1 });
  }
  return out;
}
