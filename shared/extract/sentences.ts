// Paragraph and sentence bounds for Thai text, where spaces and line breaks (not full stops) end sentences.

export interface Bounds {
  start: number;
  end: number;
}

/** Lines with text in them: a paragraph is one line (Thai news puts one paragraph a line). */
export function paragraphBounds(text: string): Bounds[] {
  const out: Bounds[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

// A space before one of these words continues the sentence (conjunctions, prepositions, figure frames).
const CONTINUE_BEFORE = [
  'และ', 'หรือ', 'ซึ่ง', 'โดย', 'ที่', 'ของ', 'ใน', 'จาก', 'ไปยัง', 'ไป', 'กับ', 'แก่', 'แต่', 'มูลค่า', 'คิดเป็น',
  'รวม', 'เช่น', 'อาทิ', 'ได้แก่', 'ตลอดจน', 'เพื่อ', 'ให้', 'จะ', 'มี', 'เพิ่มขึ้น', 'ลดลง', 'ขยายตัว', 'หดตัว',
  'เทียบ', 'ต่อ', 'ตาม', 'ณ', 'ภายใน', 'เป็น', 'สูง', 'ต่ำ', 'กว่า', 'ประมาณ', 'ราว', 'เกือบ', 'ไม่', 'อย่าง',
  'ถึง', 'ทั้งสิ้น', 'จำนวน', 'ช่วง', 'ระหว่าง', 'แบ่งเป็น', 'สัดส่วน', 'ร้อยละ', 'ด้วย', 'ส่วนใหญ่', 'แล้ว',
  'ปี', 'เดือน', 'ไตรมาส', 'ครึ่งปี', 'อยู่ที่', 'อยู่ใน',
];
// A space after one of these words continues the sentence.
const CONTINUE_AFTER = [
  'ของ', 'และ', 'หรือ', 'ที่', 'กับ', 'ระหว่าง', 'คือ', 'ได้แก่', 'อาทิ', 'เช่น', 'ใน', 'จาก', 'ไปยัง', 'ณ', 'ว่า',
  'โดย', 'ซึ่ง', 'เป็น', 'มี', 'ทั้ง', 'การ', 'ด้าน', 'ปี', 'เดือน', 'พ.ศ.', 'ค.ศ.', 'ช่วง', 'ให้', 'แก่', 'ไป', 'ถึง',
];

const THAI = /[\u0E00-\u0E7F]/;

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * Sentences of one paragraph: a space ends a sentence unless it lies inside a protected span (an
 * annotation such as `ปี พ.ศ. 2567` or `25 ล้านดอลลาร์สหรัฐ`), or the words around it join the clauses
 * (`... และมูลค่าการนำเข้า`, `ของ วิทยาศาสตร์`), or what follows is not Thai (a figure, a bracket).
 * `protectedSpans` must be sorted by start.
 */
export function sentenceBounds(text: string, paragraph: Bounds, protectedSpans: readonly Bounds[]): Bounds[] {
  const out: Bounds[] = [];
  let sentenceStart = paragraph.start;
  let p = 0;
  let i = paragraph.start;
  while (i < paragraph.end) {
    const ch = text[i] ?? '';
    if (ch !== ' ' && ch !== '\t') {
      i++;
      continue;
    }
    let j = i;
    while (j < paragraph.end && (text[j] === ' ' || text[j] === '\t')) j++;
    while (p < protectedSpans.length && (protectedSpans[p]?.end ?? 0) <= i) p++;
    const span = protectedSpans[p];
    const inside = span !== undefined && span.start < i && span.end > i;
    // A sentence that so far is only a date or figure with a preposition (`ในปี 2566`, `ณ สิ้นเดือน...`) frames what follows.
    let framing = false;
    for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
      const prev = protectedSpans[k];
      if (prev !== undefined && prev.end === i && prev.start - sentenceStart <= 8) framing = true;
    }
    const next = text[j] ?? '';
    const joins =
      inside ||
      framing ||
      /[-–/:,(]/.test(text[i - 1] ?? '') ||
      !THAI.test(next) ||
      /[\u0E50-\u0E59]/.test(next) ||
      startsWithAny(text, j, CONTINUE_BEFORE) ||
      endsWithAny(text, i, CONTINUE_AFTER) ||
      i - sentenceStart < 3;
    if (!joins && j < paragraph.end) {
      out.push({ start: sentenceStart, end: i });
      sentenceStart = j;
    }
    i = j;
  }
  if (paragraph.end > sentenceStart) out.push({ start: sentenceStart, end: paragraph.end });
  return out;
}
