// Figures (MONEY, PERCENT, COUNT, QUANTITY) in Thai news text, with normalized value, range, unit and qualifier.
import type { FigureSpan, FigureType, Qualifier } from '../model/annotation';
import {
  DECIMAL_SOURCE,
  NUMBER_WORDS_SOURCE,
  SCALE_SOURCE,
  parseThaiNumberWords,
  scaleDecimal,
  scaleMultiplier,
  thaiDigitsToAscii,
} from '../text/thai-numbers';
import {
  COUNT_RULE,
  CURRENCY_ANYWHERE,
  CURRENCY_PREFIXES,
  CURRENCY_RULES,
  MONEY_CUE_BEFORE,
  PERCENT_AFTER,
  QUANTITY_RULE,
  qualifierBefore,
  type UnitRule,
} from './figure-units';

const SP = '[ \\t]{0,3}';
const sticky = (source: string): RegExp => new RegExp(source, 'y');

// A number not glued to a preceding digit, letter, decimal point or slash (25/07/2566, v2.0, 1.5).
const NUMBER = new RegExp(
  `(?<![0-9\\u0E50-\\u0E59A-Za-z.,/:])(?:(${DECIMAL_SOURCE})|(${NUMBER_WORDS_SOURCE}))|(ร้อยละ)${SP}(?:([-−]?${SP}${DECIMAL_SOURCE})|(${NUMBER_WORDS_SOURCE}))|(US\\$|USD|THB|EUR|[$€£¥])${SP}(${DECIMAL_SOURCE})`,
  'g',
);
const RANGE = sticky(`${SP}(?:[-–—]|ถึง)${SP}(?:ร้อยละ${SP})?(${DECIMAL_SOURCE})(?![0-9\\u0E50-\\u0E59/])`);
const SCALE = sticky(`${SP}(${SCALE_SOURCE})`);
const ENGLISH_SCALE = sticky(`${SP}(thousand|million|billion|trillion|mn|bn)(?![A-Za-z])`);
const ODD = sticky(`${SP}(กว่า|เศษ)`);
const AT_LEAST_AFTER = sticky(`${SP}ขึ้นไป`);
const ODD_AFTER = sticky(`เศษ`);
// Before a number word run: หลายสิบล้าน, นับแสน are vague, not figures.
const VAGUE_BEFORE = /(?:หลาย|นับ|หลัก|เป็น)$/;
// Before a COUNT: ทั้ง 2 ประเทศ is a reference, อันดับ 3 / ครั้งที่ 2 / ข้อ 5 are ordinals or list numbers.
const NOT_COUNT_BEFORE =
  /(?:ทั้ง|(?:อันดับ|ลำดับ|ข้อ|หมายเลข|เลข|หมู่|ซอย|ชั้น|รุ่น|ระยะ|เฟส|phase|สาย|เขต|โซน|มาตรา|วรรค|หมวด|ภาค|ฉบับ|ครั้ง|ปี|วัน|กลุ่ม|ประเภท|คัน)(?:ที่)?|พ\.ศ\.|ค\.ศ\.|กด|ต่อ|กม\.)[ \t]*$/i;
// A list number at the start of a line ("1 องค์กรกลาง...", table rows) is not a count.
const LINE_START_BEFORE = /(?:^|\n)[ \t]*[-•*]?[ \t]*$/;
// A bare year (2566, 2023) before a noun belongs to a date, not a count.
const YEAR_LIKE = /^(?:2[45]\d\d|19\d\d|20\d\d)$/;
const LINE_CURRENCY_WINDOW = 200;

interface Reading {
  value: number;
  valueMax?: number;
  /** Offset just after the number and its scale. */
  end: number;
  scaled: boolean;
}

/** Finds every figure in a normalized text, in reading order. */
export function extractFigures(text: string): FigureSpan[] {
  const out: FigureSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const figure = figureAt(text, m);
    if (figure !== undefined) {
      out.push(figure);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, figure.end);
    }
  }
  return out;
}

function figureAt(text: string, m: RegExpExecArray): FigureSpan | undefined {
  const start = m.index;
  if (m[3] !== undefined) return percentWord(text, m);
  if (m[6] !== undefined) return prefixedMoney(text, m);
  const digits = m[1];
  const words = m[2];
  const numberEnd = start + m[0].length;
  if (words !== undefined && VAGUE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  const reading = readNumber(text, digits, words, numberEnd);
  if (reading === undefined) return undefined;
  let at = reading.end;

  // "90,000 กว่าคน", "2 หมื่นกว่าบาท": an odd amount written between the number and its unit.
  let odd = false;
  ODD.lastIndex = at;
  const oddMatch = ODD.exec(text);
  if (oddMatch !== null && unitAfter(text, oddMatch.index + oddMatch[0].length) !== undefined) {
    odd = true;
    at = oddMatch.index + oddMatch[0].length;
  }

  const unit = unitAfter(text, at);
  // A number written in words stands right against its unit (สองหมื่นบาท); "ชั้นสอง วอน..." is not money.
  if (words !== undefined && unit !== undefined && /^[ \t]/.test(text.slice(at, at + 1))) return undefined;
  let type: FigureType;
  let unitName: string;
  let end: number;
  if (unit !== undefined) {
    type = unit.type;
    unitName = unit.unit;
    end = unit.end;
    if (type === 'PERCENT' && reading.scaled) return undefined;
    // "หดตัว -3.5%": a minus right before a percent (not a range dash after a number) is its sign.
    if (type === 'PERCENT' && digits !== undefined && reading.valueMax === undefined && isMinusAt(text, start - 1)) {
      return finish(text, { type, start: start - 1, end: unit.end, value: -reading.value, valueMax: undefined, unit: '%' }, false);
    }
    if ((type === 'COUNT' || type === 'QUANTITY') && !plausibleCount(text, start, digits, reading.value)) return undefined;
  } else {
    // `800 ล้าน` with no currency word: MONEY only when the sentence says which currency.
    if (!reading.scaled || reading.value < 1e4 || odd) return undefined;
    const currency = sentenceCurrency(text, start, reading.end);
    if (currency === undefined) return undefined;
    type = 'MONEY';
    unitName = currency;
    end = reading.end;
  }
  return finish(text, { type, start, end, value: reading.value, valueMax: reading.valueMax, unit: unitName }, odd);
}

/** A minus sign at `i` that is not a range dash: nothing number-like right before it. */
function isMinusAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '-' && ch !== '−') return false;
  const before = text[i - 1];
  return before === undefined || /[\s(（:]/.test(before);
}

/** A COUNT or QUANTITY is not an ordinal, a list number, a year or a single number word (หนึ่งตำบล หนึ่งผลิตภัณฑ์). */
function plausibleCount(text: string, start: number, digits: string | undefined, value: number): boolean {
  if (NOT_COUNT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (LINE_START_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  if (digits !== undefined && YEAR_LIKE.test(thaiDigitsToAscii(digits))) return false;
  if (digits === undefined && value < 10) return false;
  return true;
}

/** The number at a match, its range end and its scale word ("5-10 ล้าน", "1.5 แสน", "สองหมื่น"). */
function readNumber(text: string, digits: string | undefined, words: string | undefined, from: number): Reading | undefined {
  let at = from;
  let low: string | undefined = digits;
  let high: string | undefined;
  let wordValue: number | undefined;
  if (words !== undefined) {
    wordValue = parseThaiNumberWords(words);
    if (wordValue === undefined) return undefined;
  } else {
    RANGE.lastIndex = at;
    const r = RANGE.exec(text);
    if (r !== null) {
      high = r[1];
      at = r.index + r[0].length;
    }
  }
  let multiplier = 1;
  let scaled = words !== undefined && wordValue !== undefined && wordValue >= 1e4;
  SCALE.lastIndex = at;
  const s = SCALE.exec(text);
  const scaleWord = s?.[1];
  if (s !== null && scaleWord !== undefined) {
    multiplier = scaleMultiplier(scaleWord) ?? 1;
    at = s.index + s[0].length;
    scaled = true;
  } else {
    ENGLISH_SCALE.lastIndex = at;
    const e = ENGLISH_SCALE.exec(text);
    if (e !== null && e[1] !== undefined) {
      multiplier = scaleMultiplier(e[1]) ?? 1;
      at = e.index + e[0].length;
      scaled = true;
    }
  }
  const value = wordValue !== undefined ? wordValue * multiplier : scaleDecimal(low ?? '', multiplier);
  if (value === undefined) return undefined;
  let valueMax: number | undefined;
  if (high !== undefined) {
    valueMax = scaleDecimal(high, multiplier);
    // "2566-2570 คน" or "10-5": not a range of one quantity.
    if (valueMax === undefined || valueMax <= value) {
      low = undefined;
      return undefined;
    }
  }
  return { value, valueMax, end: at, scaled };
}

interface UnitMatch {
  type: FigureType;
  unit: string;
  end: number;
}

function tryRule(text: string, at: number, rule: UnitRule): { unit: string; end: number } | undefined {
  rule.re.lastIndex = at;
  const m = rule.re.exec(text);
  return m === null ? undefined : { unit: rule.unit(m), end: m.index + m[0].length };
}

/** The unit word right after a number: currency, percent marker, counted noun or unit of measure. */
function unitAfter(text: string, at: number): UnitMatch | undefined {
  for (const rule of CURRENCY_RULES) {
    const u = tryRule(text, at, rule);
    if (u !== undefined) return { type: 'MONEY', ...u };
  }
  PERCENT_AFTER.lastIndex = at;
  const p = PERCENT_AFTER.exec(text);
  if (p !== null) return { type: 'PERCENT', unit: '%', end: p.index + p[0].length };
  const c = tryRule(text, at, COUNT_RULE);
  if (c !== undefined) return { type: 'COUNT', ...c };
  const q = tryRule(text, at, QUANTITY_RULE);
  if (q !== undefined) return { type: 'QUANTITY', ...q };
  return undefined;
}

/** ร้อยละ 93, ร้อยละ 2.5 - 3.0, กว่าร้อยละ 10. */
function percentWord(text: string, m: RegExpExecArray): FigureSpan | undefined {
  const start = m.index;
  const digits = m[4];
  const words = m[5];
  let at = start + m[0].length;
  let value: number | undefined;
  let valueMax: number | undefined;
  if (digits !== undefined) {
    // "ลดลงร้อยละ -0.2": the sign is part of the figure.
    const negative = /^[-−]/.test(digits);
    value = scaleDecimal(digits.replace(/^[-−][ \t]*/, ''), 1);
    if (negative && value !== undefined) value = -value;
    RANGE.lastIndex = at;
    const r = RANGE.exec(text);
    if (r !== null && r[1] !== undefined) {
      const high = scaleDecimal(r[1], 1);
      if (high !== undefined && value !== undefined && high > value) {
        valueMax = high;
        at = r.index + r[0].length;
      }
    }
  } else if (words !== undefined) {
    value = parseThaiNumberWords(words);
  }
  if (value === undefined) return undefined;
  return finish(text, { type: 'PERCENT', start, end: at, value, valueMax, unit: '%' }, false);
}

/** US$ 16.5 billion, USD 30 million: the currency before the number is inside the span. */
function prefixedMoney(text: string, m: RegExpExecArray): FigureSpan | undefined {
  const code = CURRENCY_PREFIXES[m[6] ?? ''];
  const digits = m[7];
  if (code === undefined || digits === undefined) return undefined;
  const reading = readNumber(text, digits, undefined, m.index + m[0].length);
  if (reading === undefined) return undefined;
  return finish(
    text,
    { type: 'MONEY', start: m.index, end: reading.end, value: reading.value, valueMax: reading.valueMax, unit: code },
    false,
  );
}

interface Draft {
  type: FigureType;
  start: number;
  end: number;
  value: number;
  valueMax: number | undefined;
  unit: string;
}

/** Adds the qualifier (words before, ขึ้นไป/เศษ after) and the quote. */
function finish(text: string, d: Draft, oddInside: boolean): FigureSpan {
  let qualifier: Qualifier = qualifierBefore(text, d.start);
  AT_LEAST_AFTER.lastIndex = d.end;
  ODD_AFTER.lastIndex = d.end;
  const oddAfter = ODD_AFTER.test(text);
  if (AT_LEAST_AFTER.test(text)) qualifier = 'at_least';
  else if (oddInside || oddAfter) {
    // กว่า ... เศษ reads as "about"; a trailing กว่า/เศษ alone as "over".
    qualifier = qualifier === 'over' && oddAfter ? 'approx' : 'over';
  }
  const span: FigureSpan = {
    type: d.type,
    start: d.start,
    end: d.end,
    quote: text.slice(d.start, d.end),
    value: d.value,
    unit: d.unit,
    qualifier,
  };
  if (d.valueMax !== undefined) span.valueMax = d.valueMax;
  return span;
}

/**
 * The currency of a bare `N ล้าน`: a money word just before it, or a figure in a currency close by in the
 * same line. With a money word but no currency in the line, Thai news means baht.
 */
function sentenceCurrency(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 30), start);
  const cue = MONEY_CUE_BEFORE.test(before);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const from = Math.max(lineStart, start - LINE_CURRENCY_WINDOW);
  const to = Math.min(lineEnd, end + LINE_CURRENCY_WINDOW);
  const window = text.slice(from, to);
  let best: { distance: number; unit: string } | undefined;
  CURRENCY_ANYWHERE.lastIndex = 0;
  for (let c = CURRENCY_ANYWHERE.exec(window); c !== null; c = CURRENCY_ANYWHERE.exec(window)) {
    if (c[0].length === 0) {
      CURRENCY_ANYWHERE.lastIndex++;
      continue;
    }
    const pos = from + c.index;
    const distance = pos >= end ? pos - end : start - pos;
    const unit = currencyOf(c[0]);
    if (unit !== undefined && (best === undefined || distance < best.distance)) best = { distance, unit };
  }
  if (best !== undefined && (cue || best.distance <= 40)) return best.unit;
  return cue ? 'THB' : undefined;
}

function currencyOf(word: string): string | undefined {
  for (const rule of CURRENCY_RULES) {
    rule.re.lastIndex = 0;
    const m = rule.re.exec(word);
    if (m !== null && m[0].length === word.length) return rule.unit(m);
  }
  return undefined;
}
