// Dates and periods in Thai news text, as inclusive ISO intervals (annotation guide, "Dates and periods").
import type { DateSpan } from '../model/annotation';
import { DIGIT_CLASS, NUMBER_WORDS_SOURCE, parseDecimal, parseThaiNumberWords } from '../text/thai-numbers';
import {
  ENGLISH_MONTH_SOURCE,
  ERA_SOURCE,
  THAI_MONTH_ABBR_SOURCE,
  THAI_MONTH_SOURCE,
  dayInterval,
  eraOf,
  fiscalHalfInterval,
  fiscalQuarterInterval,
  fiscalYearInterval,
  firstMonthsInterval,
  halfInterval,
  isValidDate,
  monthEnd,
  monthInterval,
  monthNumber,
  monthRangeInterval,
  quarterInterval,
  toCeYear,
  yearInterval,
  yearOfIso,
  type DateInterval,
  type Era,
} from '../text/thai-dates';

export interface DateContext {
  /** The document's own date (ISO), whose year completes dates written without one. */
  documentDate?: string;
}

const D = DIGIT_CLASS;
const SP = '[ \\t]*';
const DASH = `${SP}[-–—]${SP}`;
const MONTH = `(${THAI_MONTH_SOURCE}|${THAI_MONTH_ABBR_SOURCE}|${ENGLISH_MONTH_SOURCE})`;
// A 2-digit year is not read when a unit or another number follows it ("ปี 10 เดือน", "ก.ค. 50 ล้าน").
const NOT_A_YEAR_AFTER = `(?!${SP}(?:${D}|[.,:%]${D}|เดือน|วัน|ปี|ครั้ง|คน|ราย|ล้าน|แสน|หมื่น|พัน|บาท|%|ชั่วโมง|ชม\\.|นาที|สัปดาห์|โครงการ|แห่ง|ตัน|กิโล|ไร่|เท่า|ขึ้นไป|ข้างหน้า|องศา|น\\.))`;
const YEAR_NUMBER = `(${D}{4}(?!${D})|${D}{2}(?!${D})${NOT_A_YEAR_AFTER})`;
// Year after a month: optional ปี and era marker ("กรกฎาคม 2567", "ก.ค. 67", "ตุลาคม พ.ศ. 2568", "July 15, 2024").
const YEAR_AFTER_MONTH = `(?:${SP},?${SP}(?:ปี${SP})?(?:(${ERA_SOURCE})${SP})?${YEAR_NUMBER})?`;
// Year after a period word: "ปี 2567", "ของปี พ.ศ. 2568", "/2567", "ปีงบประมาณ 2567", "พ.ศ. 2567".
const PERIOD_YEAR = `(?:${SP}/${SP}|${SP}(?:ของ${SP})?ปี${SP}(งบประมาณ|งบฯ|งบ)?${SP}(?:(${ERA_SOURCE})${SP})?|${SP}(?:ของ${SP})?(${ERA_SOURCE})${SP}|[ \\t]+(?=${D}{4}))${YEAR_NUMBER}`;
const NOT_AFTER_DIGIT = `(?<![0-9\\u0E50-\\u0E59.,/:])`;
const ORDINAL_WORD = '(แรก|หนึ่ง|สอง|สาม|สี่|สุดท้าย|[1-4\\u0E51-\\u0E54])';

// Each pattern is compiled once; `kind` tells the builder how to read its groups.
const PATTERNS: { kind: Kind; re: RegExp }[] = [
  // 30 พ.ย. - 2 ธ.ค. 2567, 29 ธันวาคม 2566 - 2 มกราคม 2567
  {
    kind: 'dayRangeCross',
    re: new RegExp(
      `${NOT_AFTER_DIGIT}(${D}{1,2})${SP}(?:เดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}${DASH}(${D}{1,2})${SP}(?:เดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}`,
      'g',
    ),
  },
  // 16-18 ธ.ค. 2567
  {
    kind: 'dayRange',
    re: new RegExp(`${NOT_AFTER_DIGIT}(${D}{1,2})${DASH}(${D}{1,2})${SP}(?:เดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}`, 'g'),
  },
  // 15 กรกฎาคม 2567, 15 ก.ค. 67, 17 ธันวาคม
  { kind: 'day', re: new RegExp(`${NOT_AFTER_DIGIT}(${D}{1,2})${SP}(?:เดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}`, 'g') },
  // July 15, 2024
  {
    kind: 'englishMonthDay',
    re: new RegExp(`(${ENGLISH_MONTH_SOURCE})${SP}(\\d{1,2})(?!\\d)(?:${SP},?${SP}(\\d{4})(?!\\d))?`, 'g'),
  },
  // 25/07/2566
  { kind: 'slash', re: new RegExp(`(?<![0-9\\u0E50-\\u0E59/.])(${D}{1,2})/(${D}{1,2})/(${D}{4}|${D}{2})(?![0-9\\u0E50-\\u0E59/])`, 'g') },
  // ม.ค. - ต.ค. 68, มกราคม - มีนาคม 2567, ตุลาคม 2566 - กันยายน 2567
  {
    kind: 'monthRange',
    re: new RegExp(`${MONTH}${YEAR_AFTER_MONTH}${DASH}(?:เดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}`, 'g'),
  },
  // สิ้นเดือนตุลาคม พ.ศ. 2568, สิงหาคม 2560, ก.ค. 67, มีนาคม. A plain เดือน before the month stays outside
  // the span, as the gold annotator decided (gold/seeds/NOTES.md, 003); สิ้นเดือน is inside, it fixes the day.
  {
    kind: 'month',
    re: new RegExp(`(สิ้นเดือน${SP})?${MONTH}${YEAR_AFTER_MONTH}`, 'g'),
  },
  // 10 เดือนแรกของปี พ.ศ. 2568
  {
    kind: 'firstMonths',
    re: new RegExp(`${NOT_AFTER_DIGIT}(${D}{1,2}|${NUMBER_WORDS_SOURCE})${SP}เดือนแรก${PERIOD_YEAR}`, 'g'),
  },
  // ไตรมาส 1 ปี 2567, ไตรมาสแรกของปี 2567, ไตรมาสที่ 3/2566, ไตรมาสแรกของปีงบประมาณ 2567
  { kind: 'quarter', re: new RegExp(`ไตรมาส(?:ที่)?${SP}${ORDINAL_WORD}${PERIOD_YEAR}`, 'g') },
  // Q1/2567, Q3 2024
  { kind: 'quarterQ', re: new RegExp(`(?<![A-Za-z])Q([1-4])${SP}[/ ]${SP}(${D}{4}|${D}{2})(?!${D})`, 'g') },
  // ครึ่งปีแรกของปี 2568, ครึ่งหลังปี 2566
  { kind: 'half', re: new RegExp(`ครึ่ง(?:ปี)?(แรก|หลัง)${PERIOD_YEAR}`, 'g') },
  // ปีงบประมาณ 2568, ปีงบประมาณ พ.ศ. 2566 - 2567
  {
    kind: 'fiscal',
    re: new RegExp(`ปีงบ(?:ประมาณ|ฯ|\\.)?${SP}(?:(${ERA_SOURCE})${SP})?${YEAR_NUMBER}(?:${DASH}(?:${ERA_SOURCE}${SP})?${YEAR_NUMBER})?`, 'g'),
  },
  // สิ้นปี 2566
  { kind: 'yearEnd', re: new RegExp(`สิ้นปี${SP}(?:(${ERA_SOURCE})${SP})?${YEAR_NUMBER}`, 'g') },
  // ปี 2567, ปี พ.ศ. 2567, พ.ศ.2567, พุทธศักราช ๒๕๖๗, ค.ศ. 2030, ปี 2566-2570
  {
    kind: 'year',
    re: new RegExp(
      `(?:ปี${SP}(?:(${ERA_SOURCE})${SP})?|(${ERA_SOURCE})${SP})${YEAR_NUMBER}(?:${DASH}(?:${ERA_SOURCE}${SP})?${YEAR_NUMBER})?`,
      'g',
    ),
  },
  // (2566 - 2570): a bare range of BE years in brackets, as after ระยะ 5 ปี.
  {
    kind: 'bracketYears',
    re: new RegExp(`(?<=\\(${SP})(2[45]\\d\\d|[\\u0E52][\\u0E54\\u0E55][\\u0E50-\\u0E59]{2})${DASH}(${D}{4}|${D}{2})(?!${D})(?=${SP}\\))`, 'g'),
  },
  // A year inside an English event or programme name: SelectUSA 2025, Expo 2025.
  { kind: 'eventYear', re: /(?<=\b[A-Z][A-Za-z0-9&+-]*[ \t])((?:19|20)\d{2})(?![\d,.:/])/g },
];

type Kind =
  | 'dayRangeCross'
  | 'dayRange'
  | 'day'
  | 'englishMonthDay'
  | 'slash'
  | 'monthRange'
  | 'month'
  | 'firstMonths'
  | 'quarter'
  | 'quarterQ'
  | 'half'
  | 'fiscal'
  | 'yearEnd'
  | 'year'
  | 'bracketYears'
  | 'eventYear';

/** A date span before its year is known: `build` turns a year (or undefined) into an interval. */
interface Candidate {
  start: number;
  end: number;
  /** True when the text gives the year. */
  hasYear: boolean;
  build: (year: number | undefined) => DateInterval | undefined;
}

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : (parseDecimal(s) ?? parseThaiNumberWords(s));

function year(written: string | undefined, era: string | undefined, minTwoDigit = 40): number | undefined {
  const n = num(written);
  if (n === undefined || written === undefined) return undefined;
  const e: Era | undefined = eraOf(era);
  if (written.length <= 2 && n < minTwoDigit) return undefined;
  return toCeYear(n, e);
}

function ordinal(word: string): number | undefined {
  switch (word) {
    case 'แรก':
    case 'หนึ่ง':
      return 1;
    case 'สอง':
      return 2;
    case 'สาม':
      return 3;
    case 'สี่':
    case 'สุดท้าย':
      return 4;
    default:
      return num(word);
  }
}

const fixed = (interval: DateInterval | undefined) => () => interval;

/** Reads one match into a candidate, or undefined when the numbers do not make a date. */
function candidateOf(kind: Kind, m: RegExpExecArray): Candidate | undefined {
  const start = m.index;
  const end = m.index + m[0].length;
  const g = (i: number): string | undefined => m[i];
  switch (kind) {
    case 'day': {
      const day = num(g(1));
      const month = monthNumber(g(2) ?? '');
      if (day === undefined || month === undefined) return undefined;
      const y = year(g(4), g(3));
      if (g(4) !== undefined && y === undefined) return undefined;
      const build = (yr: number | undefined) =>
        yr !== undefined && isValidDate(yr, month, day) ? dayInterval(yr, month, day) : undefined;
      if (day < 1 || day > 31) return undefined;
      return { start, end, hasYear: y !== undefined, build: y !== undefined ? fixed(build(y)) : build };
    }
    case 'dayRange': {
      const d1 = num(g(1));
      const d2 = num(g(2));
      const month = monthNumber(g(3) ?? '');
      if (d1 === undefined || d2 === undefined || month === undefined || d1 >= d2 || d2 > 31) return undefined;
      const y = year(g(5), g(4));
      const build = (yr: number | undefined) =>
        yr !== undefined && isValidDate(yr, month, d2)
          ? { start: dayInterval(yr, month, d1).start, end: dayInterval(yr, month, d2).end }
          : undefined;
      return { start, end, hasYear: y !== undefined, build: y !== undefined ? fixed(build(y)) : build };
    }
    case 'dayRangeCross': {
      const d1 = num(g(1));
      const m1 = monthNumber(g(2) ?? '');
      const d2 = num(g(5));
      const m2 = monthNumber(g(6) ?? '');
      if (d1 === undefined || d2 === undefined || m1 === undefined || m2 === undefined) return undefined;
      const y1 = year(g(4), g(3));
      const y2 = year(g(8), g(7));
      const build = (yr: number | undefined): DateInterval | undefined => {
        const last = y2 ?? yr;
        if (last === undefined) return undefined;
        const first = y1 ?? (m1 > m2 ? last - 1 : last);
        if (!isValidDate(first, m1, d1) || !isValidDate(last, m2, d2)) return undefined;
        return { start: dayInterval(first, m1, d1).start, end: dayInterval(last, m2, d2).end };
      };
      const known = y2 ?? y1;
      return { start, end, hasYear: known !== undefined, build: known !== undefined ? fixed(build(known)) : build };
    }
    case 'englishMonthDay': {
      const month = monthNumber(g(1) ?? '');
      const day = num(g(2));
      if (month === undefined || day === undefined || day < 1 || day > 31) return undefined;
      const y = g(3) !== undefined ? toCeYear(Number(g(3))) : undefined;
      const build = (yr: number | undefined) =>
        yr !== undefined && isValidDate(yr, month, day) ? dayInterval(yr, month, day) : undefined;
      return { start, end, hasYear: y !== undefined, build: y !== undefined ? fixed(build(y)) : build };
    }
    case 'slash': {
      const day = num(g(1));
      const month = num(g(2));
      const y = year(g(3), undefined, 0);
      if (day === undefined || month === undefined || y === undefined || !isValidDate(y, month, day)) return undefined;
      return { start, end, hasYear: true, build: fixed(dayInterval(y, month, day)) };
    }
    case 'monthRange': {
      const m1 = monthNumber(g(1) ?? '');
      const m2 = monthNumber(g(4) ?? '');
      if (m1 === undefined || m2 === undefined || m1 === m2) return undefined;
      const y1 = year(g(3), g(2));
      const y2 = year(g(6), g(5));
      const build = (yr: number | undefined): DateInterval | undefined => {
        const last = y2 ?? yr;
        if (last === undefined) return undefined;
        const first = y1 ?? (m1 > m2 ? last - 1 : last);
        return monthRangeInterval(first, m1, last, m2);
      };
      const known = y2 ?? y1;
      return { start, end, hasYear: known !== undefined, build: known !== undefined ? fixed(build(known)) : build };
    }
    case 'month': {
      const prefix = g(1);
      const name = g(2) ?? '';
      const month = monthNumber(name);
      if (month === undefined) return undefined;
      const y = year(g(4), g(3));
      // A bare abbreviation or English name is too ambiguous (ก.พ. is also a commission) without a year.
      const fullThai = /^[\u0E00-\u0E7F]+$/.test(name) && !name.includes('.');
      if (y === undefined && (!fullThai || g(4) !== undefined)) return undefined;
      const asOfEnd = prefix?.startsWith('สิ้น') === true;
      const build = (yr: number | undefined): DateInterval | undefined => {
        if (yr === undefined) return undefined;
        if (asOfEnd) {
          const last = monthEnd(yr, month);
          return { start: last, end: last };
        }
        return monthInterval(yr, month);
      };
      return { start, end, hasYear: y !== undefined, build: y !== undefined ? fixed(build(y)) : build };
    }
    case 'firstMonths': {
      const n = num(g(1));
      const y = year(g(5), g(3) ?? g(4));
      if (n === undefined || n < 1 || n > 12 || y === undefined) return undefined;
      if (g(2) !== undefined) {
        // The first N months of a fiscal year start in October of the year before.
        const first = fiscalYearInterval(y).start;
        const lastMonth = ((9 + n - 1) % 12) + 1;
        const lastYear = n <= 3 ? y - 1 : y;
        return { start, end, hasYear: true, build: fixed({ start: first, end: monthEnd(lastYear, lastMonth) }) };
      }
      return { start, end, hasYear: true, build: fixed(firstMonthsInterval(y, n)) };
    }
    case 'quarter': {
      const q = ordinal(g(1) ?? '');
      const y = year(g(5), g(3) ?? g(4));
      if (q === undefined || q < 1 || q > 4 || y === undefined) return undefined;
      const interval = g(2) !== undefined ? fiscalQuarterInterval(y, q) : quarterInterval(y, q);
      return { start, end, hasYear: true, build: fixed(interval) };
    }
    case 'quarterQ': {
      const q = Number(g(1));
      const y = year(g(2), undefined);
      if (y === undefined) return undefined;
      return { start, end, hasYear: true, build: fixed(quarterInterval(y, q)) };
    }
    case 'half': {
      const h = g(1) === 'แรก' ? 1 : 2;
      const y = year(g(5), g(3) ?? g(4));
      if (y === undefined) return undefined;
      const interval = g(2) !== undefined ? fiscalHalfInterval(y, h) : halfInterval(y, h);
      return { start, end, hasYear: true, build: fixed(interval) };
    }
    case 'fiscal': {
      const y = year(g(2), g(1));
      if (y === undefined) return undefined;
      const last = g(3) !== undefined ? lastYearOfRange(g(3), g(2), y) : y;
      if (last === undefined || last < y) return undefined;
      return { start, end, hasYear: true, build: fixed(fiscalYearInterval(y, last)) };
    }
    case 'yearEnd': {
      const y = year(g(2), g(1));
      if (y === undefined) return undefined;
      const d = `${String(y).padStart(4, '0')}-12-31`;
      return { start, end, hasYear: true, build: fixed({ start: d, end: d }) };
    }
    case 'year': {
      const era = g(1) ?? g(2);
      const written = g(3);
      // A 2-digit year needs ปี before it and no era: "ปี 66".
      if (written !== undefined && written.length <= 2 && (era !== undefined || !m[0].startsWith('ปี'))) return undefined;
      const y = year(written, era, 50);
      if (y === undefined) return undefined;
      const last = g(4) !== undefined ? lastYearOfRange(g(4), g(3), y) : y;
      if (last === undefined || last < y || last - y > 50) return undefined;
      return { start, end, hasYear: true, build: fixed(yearInterval(y, last)) };
    }
    case 'bracketYears': {
      const y = year(g(1), undefined);
      if (y === undefined) return undefined;
      const last = lastYearOfRange(g(2), g(1), y);
      if (last === undefined || last <= y || last - y > 50) return undefined;
      return { start, end, hasYear: true, build: fixed(yearInterval(y, last)) };
    }
    case 'eventYear': {
      const y = Number(g(1));
      return { start, end, hasYear: true, build: fixed(yearInterval(y)) };
    }
  }
}

/** The CE year closing a range whose first year was written `firstWritten` ("2566-2570", "2566-67", "2025-2030"). */
function lastYearOfRange(written: string | undefined, firstWritten: string | undefined, firstCe: number): number | undefined {
  const n = num(written);
  const first = num(firstWritten);
  if (n === undefined || written === undefined || first === undefined) return undefined;
  const firstWasBe = first !== firstCe;
  if (written.length <= 2) {
    // Same century as the first year, in the first year's era.
    const full = Math.floor(first / 100) * 100 + n;
    return firstWasBe ? toCeYear(full, 'BE') : toCeYear(full, 'CE');
  }
  return toCeYear(n, firstWasBe ? 'BE' : 'CE');
}

// How far (in characters) a date without a year looks for a neighbour that has one.
const YEAR_BORROW_DISTANCE = 40;

/** Finds every DATE span in a normalized text. */
export function extractDates(text: string, context: DateContext = {}): DateSpan[] {
  const candidates: Candidate[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = candidateOf(kind, m);
      if (c !== undefined) candidates.push(trimEnd(text, c));
    }
  }
  // Earliest start first, then the longest: a longer expression wins over the pieces inside it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    chosen.push(c);
    lastEnd = c.end;
  }
  const docYear = yearOfIso(context.documentDate);
  const spans: DateSpan[] = [];
  chosen.forEach((c, i) => {
    let interval: DateInterval | undefined;
    if (c.hasYear) interval = c.build(undefined);
    else {
      const borrowed = neighbourYear(chosen, i);
      interval = c.build(borrowed ?? docYear);
    }
    const span: DateSpan = { type: 'DATE', start: c.start, end: c.end, quote: text.slice(c.start, c.end) };
    if (interval !== undefined) {
      span.startDate = interval.start;
      span.endDate = interval.end;
    }
    spans.push(span);
  });
  return spans;
}

/** The year of a dated neighbour close by: "1 มีนาคม ถึงวันที่ 3 เมษายน 2566", "ไตรมาส 1 ปี 2567 (ม.ค.-มี.ค.)". */
function neighbourYear(chosen: Candidate[], i: number): number | undefined {
  const c = chosen[i];
  if (c === undefined) return undefined;
  const next = chosen[i + 1];
  if (next?.hasYear === true && next.start - c.end <= YEAR_BORROW_DISTANCE) {
    const y = yearOfIso(next.build(undefined)?.end);
    if (y !== undefined) return y;
  }
  const prev = chosen[i - 1];
  if (prev?.hasYear === true && c.start - prev.end <= YEAR_BORROW_DISTANCE) {
    return yearOfIso(prev.build(undefined)?.end);
  }
  return undefined;
}

/** Drops trailing spaces a pattern may have taken. */
function trimEnd(text: string, c: Candidate): Candidate {
  let end = c.end;
  while (end > c.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === c.end ? c : { ...c, end };
}
