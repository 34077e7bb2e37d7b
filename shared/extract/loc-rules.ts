// LOC rules beyond the gazetteer: districts, subdistricts, roads and rivers named after a Thai prefix (อ.เมือง, ถนนราชดำเนิน).
import type { Candidate } from './candidate';
import { nameRunEnd } from './thai-head-run';
import { cutAtStop, runStopAt } from './stop-words';
import { baseLength, isLatinAlnum, isLeadingVowel, isThaiLetter } from './thai-chars';

const LOC_HEADS: readonly string[] = ['อำเภอ', 'ตำบล', 'ถนน', 'แม่น้ำ', 'อ.', 'ต.', 'ถ.', 'แขวง', 'เขต'];

const NOT_AFTER: Readonly<Record<string, readonly string[]>> = {
  ถนน: ['สาธารณะ', 'สาย', 'หนทาง', 'เส้น', 'ทาง', 'ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ', 'ลาดยาง', 'คอนกรีต', 'ชำรุด'],
  เขต: [
    'อุตสาหกรรม', 'เศรษฐกิจ', 'พัฒนา', 'การค้า', 'ส่งเสริม', 'พื้นที่', 'ปลอด', 'ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ',
    'ห้าม', 'ควบคุม', 'บริหาร', 'ปกครอง', 'เลือกตั้ง', 'นวัตกรรม', 'แดน', 'ชายแดน', 'ติดต่อ', 'ทาง', 'อำนาจ', 'ป่า',
    'อนุรักษ์', 'ประกอบการ', 'เมือง', 'สงวน', 'รับผิดชอบ', 'ธุรกิจ', 'อุทยาน',
  ],
  แขวง: ['ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ', 'การทาง', 'ทางหลวง'],
  อำเภอ: ['ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ', 'ละ', 'ชายแดน', 'นำร่อง', 'ประจำ'],
  ตำบล: ['ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ', 'ละ', 'นำร่อง', 'ประจำ'],
  แม่น้ำ: ['ที่', 'ใน', 'ของ', 'ต่างๆ', 'และ', 'สาย', 'ลำคลอง'],
};

export function findPrefixedPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const head of LOC_HEADS) {
    const abbrev = head.endsWith('.');
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
      if (i > 0) {
        const prev = text.charCodeAt(i - 1);
        if (abbrev && (isThaiLetter(prev) || prev === 0x2e || isLatinAlnum(prev))) continue;
        if (!abbrev && isLeadingVowel(prev)) continue;
        if (text.endsWith('นาย', i) || text.endsWith('ปลัด', i)) continue; // นายอำเภอ, ปลัดอำเภอ are titles
      }
      const p = i + head.length;
      if (p >= text.length || !isThaiLetter(text.charCodeAt(p))) continue;
      if (runStopAt(text, p)) continue;
      if ((NOT_AFTER[head] ?? []).some((w) => text.startsWith(w, p))) continue;
      if (text.startsWith('นำ', p)) continue;
      const runEnd = nameRunEnd(text, p);
      const end = cutAtStop(text, p + 2, runEnd, 'name');
      if (text[end] === '.' || baseLength(text.slice(p, end)) < 2) continue;
      if (end - p > 30) continue;
      out.push({ start: i, end, type: 'LOC', priority: 0 });
    }
  }
  return out;
}
