// Function words and verbs that end a name written without spaces (Thai runs names into the next word).
import { wordTrie } from './char-trie';
import { thaiBoundaryOk } from './thai-chars';

/** Words that cannot start a person-name token, and that cut a name glued to the next word. */
export const NAME_STOP_WORDS: readonly string[] = [
  'กล่าว', 'ได้', 'เป็น', 'ที่', 'และ', 'ซึ่ง', 'จะ', 'ยัง', 'ก็', 'ไม่', 'เดินทาง', 'เปิดเผย', 'พร้อม', 'ผู้',
  'รัฐมนตรี', 'นายก', 'อธิบดี', 'ปลัด', 'เลขาธิการ', 'ประธาน', 'รอง', 'หัวหน้า', 'โฆษก', 'อดีต', 'ว่า', 'ให้',
  'จาก', 'กับ', 'ของ', 'ใน', 'โดย', 'เข้า', 'ร่วม', 'นำ', 'อายุ', 'เจ้าของ', 'ตำแหน่ง', 'แกนนำ', 'ระบุ', 'ยืนยัน',
  'แถลง', 'ชี้', 'เผย', 'ตอบ', 'ขณะ', 'ถูก', 'เคย', 'หลัง', 'ระหว่าง', 'พร้อมด้วย', 'เน้น', 'ย้ำ', 'หารือ', 'ทำงาน',
  'ต้อนรับ', 'เยือน', 'แสดง', 'ชื่นชม', 'ต้อง', 'คือ', 'มอบ', 'สั่ง', 'เรียก', 'บอก', 'ยอมรับ', 'เห็น', 'มี',
  'กรรมการ', 'ผอ.', 'ส.ส.', 'ส.ว.', 'นักวิชาการ', 'เลขานุการ', 'ที่ปรึกษา', 'ผู้ว่า', 'ประจำ', 'แห่ง', 'เพื่อ',
  'ทั้ง', 'ต่อ', 'ถึง', 'หรือ', 'แต่', 'เมื่อ', 'ภายใต้', 'ด้าน', 'ประเทศ', 'กระทรวง', 'กรม', 'สำนัก',
  'เอกอัครราชทูต', 'อัครราชทูต', 'กงสุล', 'อธิการบดี', 'คณบดี', 'สมาชิก', 'นายอำเภอ', 'กำนัน', 'บริหาร',
  'ท่าน', 'เขา', 'เธอ', 'พวก', 'คณะ', 'ฝ่าย', 'รวม', 'จึง', 'อีก', 'ไป', 'ออก', 'แล้ว', 'เช่น', 'อาทิ',
];

/** Words that end an organisation or programme name written against the following text. */
export const RUN_STOP_WORDS: readonly string[] = [
  'ของ', 'ได้', 'ซึ่ง', 'โดย', 'ร่วมกับ', 'ให้', 'ว่า', 'จะ', 'ยังคง', 'ไม่', 'เป็น', 'เมื่อ', 'พร้อม', 'กล่าว',
  'เปิดเผย', 'แถลง', 'ช่วย', 'ในการ', 'ในฐานะ', 'ที่ได้', 'ที่จะ', 'ที่มี', 'ที่เป็น', 'ที่ผ่านมา', 'ที่ตั้ง', 'นำโดย',
  'เข้าร่วม', 'ต้อง', 'แล้ว', 'คือ', 'กับ', 'เพื่อให้', 'หรือ', 'ทั้งนี้', 'ได้แก่', 'อาทิ', 'เช่น', 'ตามที่', 'ดังกล่าว',
  'ต่างๆ', 'ทั่วประเทศ', 'แต่ละ', 'แห่งนี้', 'นี้', 'จึง', 'ก็', 'ยัง', 'ถือ', 'มีความ', 'มีส่วน', 'มีบทบาท', 'มีมติ',
  'จัดขึ้น', 'จัดงาน', 'จัดการประชุม', 'รับทราบ', 'ร่วมมือกับ', 'ทั้งสอง', 'ทั้ง', 'สามารถ', 'กำลัง', 'เตรียม',
  'เร่ง', 'มุ่ง', 'ผลักดัน', 'ส่งเสริมให้', 'อยู่', 'เคย', 'ถูก', 'ต่อไป', 'เพิ่มขึ้น', 'ลดลง', 'ในปี', 'ในช่วง', 'ภายใต้',
  'ยืนยัน', 'ระบุ', 'เผย', 'เน้น', 'หารือ', 'ต้อนรับ', 'เยือน', 'ลงนาม', 'อนุมัติ', 'เห็นชอบ', 'ประกาศ', 'รายงาน',
  'เหงียน', 'เจิ่น', 'ฝ่าม', 'รวมถึง', 'รวมทั้ง', 'ตลอดจน', 'อีกด้วย', 'ด้วย',
  'ในพื้นที่', 'บางแห่ง', 'บาง', 'ในประเทศ', 'ในต่างประเทศ', 'ในเบื้องต้น', 'ในอนาคต', 'จำนวน', 'มูลค่า', 'ครั้งที่', 'ครั้งแรก', 'ประจำปี',
];

/** Short stop words that also occur as syllables of transliterated names (เอมีเลีย): they never cut a name. */
const NOT_CUTTING: ReadonlySet<string> = new Set([
  'มี', 'ต่อ', 'ถึง', 'รอง', 'นำ', 'ร่วม', 'เข้า', 'ใน', 'กับ', 'ของ', 'จาก', 'ทั้ง', 'แต่', 'ไป', 'ออก', 'รวม', 'อีก',
]);

const nameStop = wordTrie(NAME_STOP_WORDS);
const nameCut = wordTrie(NAME_STOP_WORDS.filter((w) => !NOT_CUTTING.has(w)));
const runStop = wordTrie(RUN_STOP_WORDS);

/** A stop word starting at `pos` in text, boundary-checked, or ''. */
function stopAt(trie: ReturnType<typeof wordTrie>, text: string, pos: number): string {
  if (!trie.startsAt(text, pos)) return '';
  const m = trie.longestAt(text, pos, (end) => thaiBoundaryOk(text, pos, end));
  return m ? m.value : '';
}

export function nameStopAt(text: string, pos: number): string {
  return stopAt(nameStop, text, pos);
}

export function runStopAt(text: string, pos: number): string {
  return stopAt(runStop, text, pos);
}

/**
 * The first position in [from, end) where a stop word begins (searching from `from`), or `end`.
 * Used to cut a name glued to the next word.
 */
export function cutAtStop(text: string, from: number, end: number, kind: 'name' | 'run'): number {
  const trie = kind === 'name' ? nameCut : runStop;
  for (let i = from; i < end; i++) {
    if (stopAt(trie, text, i)) return i;
  }
  return end;
}
