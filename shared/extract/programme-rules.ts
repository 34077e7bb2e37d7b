// PROGRAMME rules: Thai heads of named projects, plans, frameworks, corridors and agreements.
import type { Candidate } from './candidate';
import { CharTrie } from './char-trie';
import { readHeadRun, type HeadRule } from './thai-head-run';
import { thaiBoundaryOk } from './thai-chars';

const GENERIC = ['ที่', 'ของ', 'นี้', 'ดังกล่าว', 'ต่างๆ', 'ต่าง ๆ', 'ทั้ง', 'ใน', 'และ', 'กับ', 'จาก', 'หลาย', 'ทุก', 'แต่ละ', 'เหล่านี้', 'ฯ', 'ละ', 'ต่อ', 'ใหม่', 'อื่น'];

export const PROGRAMME_HEADS: Readonly<Record<string, HeadRule>> = {
  โครงการ: {
    notStarts: [
      ...GENERIC, 'ลงทุน', 'ขนาด', 'ความร่วมมือ', 'ร่วม', 'ส่วนใหญ่', 'สำคัญ', 'ก่อสร้าง', 'ภายใต้', 'ย่อย',
      'ได้', 'จะ', 'เดิม', 'หลัก', 'ที่', 'ประเภท', 'เอกชน', 'ภาครัฐ', 'ของรัฐ', 'นี้', 'ใด', 'เป็น', 'มี', 'ดัง', 'อีก',
      'แรก', 'ต้นแบบ', 'ตัวอย่าง', 'พิเศษ', 'เพิ่มเติม', 'ลักษณะ', 'ดีเด่น', 'สร้าง', 'วิจัย', 'ฯ',
    ],
    notExact: ['นำร่อง', 'นำร่องร่วม'],
    minBase: 8,
  },
  แผนพัฒนา: { notStarts: GENERIC, minBase: 4 },
  แผนแม่บท: { notStarts: GENERIC, minBase: 4 },
  แผนปฏิบัติการ: { notStarts: GENERIC, minBase: 4 },
  แผนยุทธศาสตร์: { notStarts: GENERIC, minBase: 4 },
  แผนงาน: { notStarts: [...GENERIC, 'ความร่วมมือ', 'ร่วม', 'ที่'], minBase: 8 },
  กรอบความร่วมมือ: { notStarts: [...GENERIC, 'เชิง', 'ทาง', 'ด้าน', 'ระหว่าง', 'ทวิภาคี', 'พหุภาคี'], minBase: 4 },
  วิสัยทัศน์: { notStarts: [...GENERIC, 'ของ', 'ร่วมกัน', 'ที่', 'และ'], minBase: 8 },
  ระเบียงเศรษฐกิจ: { notStarts: GENERIC, minBase: 4 },
  เขตเศรษฐกิจพิเศษ: { notStarts: GENERIC, minBase: 3 },
  ความตกลง: { notStarts: [...GENERIC, 'ร่วมกัน', 'กัน', 'ระหว่าง', 'ทาง'], minBase: 6 },
  ยุทธศาสตร์: { notStarts: [...GENERIC, 'การ', 'ของ', 'ที่', 'สำคัญ', 'ด้าน', 'และ', 'ร่วม'], minBase: 6 },
  ข้อริเริ่ม: { notStarts: GENERIC, minBase: 6 },
};

const headTrie = new CharTrie<string>();
for (const h of Object.keys(PROGRAMME_HEADS)) headTrie.add(h, h);

/** " ระยะที่ 2", " ฉบับที่ 13" written after a plan's or vision's name belong to it. */
function extendPhase(text: string, end: number): number {
  const m = /^ ?(?:ระยะที่|ฉบับที่) ?[0-9๐-๙]+/.exec(text.slice(end, end + 16));
  return m ? end + m[0].length : end;
}

export function findThaiProgrammes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!headTrie.startsAt(text, i)) continue;
    if (i > 0 && !thaiBoundaryOk(text, i, i)) continue;
    for (const m of headTrie.matchesAt(text, i).reverse()) {
      const rule = PROGRAMME_HEADS[m.value];
      if (!rule) continue;
      let end = readHeadRun(text, m.end, rule, headTrie);
      if (end < 0) continue;
      end = extendPhase(text, end);
      out.push({ start: i, end, type: 'PROGRAMME', priority: 1 });
      break;
    }
  }
  return out;
}
