// Reads numbers in Thai text: Thai and Arabic digits, grouped decimals, Thai number words and scale words.

/** One digit, Arabic or Thai (U+0E50-0E59), as a regex character class. */
export const DIGIT_CLASS = '[0-9\u0E50-\u0E59]';

/** A written number: digits with optional thousands commas and decimals ("1,562.78", "๒๕๖๗"). */
export const DECIMAL_SOURCE = `${DIGIT_CLASS}+(?:,${DIGIT_CLASS}{3})*(?:\\.${DIGIT_CLASS}+)?`;

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  ศูนย์: 0,
  หนึ่ง: 1,
  เอ็ด: 1,
  สอง: 2,
  ยี่: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
};

const PLACE_WORDS: Readonly<Record<string, number>> = {
  สิบ: 10,
  ร้อย: 100,
  พัน: 1000,
  หมื่น: 10_000,
  แสน: 100_000,
};

/** Scale words and their multipliers (the compound forms are products of the simple ones). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  สิบ: 10,
  ร้อย: 100,
  พัน: 1e3,
  หมื่น: 1e4,
  แสน: 1e5,
  ล้าน: 1e6,
  สิบล้าน: 1e7,
  ร้อยล้าน: 1e8,
  พันล้าน: 1e9,
  หมื่นล้าน: 1e10,
  แสนล้าน: 1e11,
  ล้านล้าน: 1e12,
};

/** A run of scale words (พันล้าน, ล้านล้าน); `พัน` is not read in `พันธ์`/`พันธุ์`/`พันธมิตร`. */
export const SCALE_SOURCE = '(?:(?:สิบ|ร้อย|พัน(?!ธ)|หมื่น|แสน)?(?:ล้าน)+|สิบ|ร้อย|พัน(?!ธ)|หมื่น|แสน)';

/** English scale words written after a number in English passages. */
export const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/**
 * A run of Thai number words that starts with a digit word or สิบ (a run that starts with a bare
 * scale word, as in หลายร้อยล้าน, is not a number).
 */
export const NUMBER_WORDS_SOURCE =
  '(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|ยี่สิบ|สิบ)(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|ยี่|เอ็ด|สิบ|ร้อย|พัน(?!ธ)|หมื่น|แสน|ล้าน|ศูนย์)*';

const WORD_TOKEN = /ศูนย์|หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน/y;
const THAI_DIGITS = /[\u0E50-\u0E59]/g;

/** Replaces Thai digits with Arabic ones (same length, so offsets are kept). */
export function thaiDigitsToAscii(s: string): string {
  return s.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/** True when the character is an Arabic or Thai digit. */
export function isDigitChar(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 0x0e50 && c <= 0x0e59);
}

/** The value of a written decimal ("1,562.78", "๒๕๖๗", "93"), or undefined when it is not one. */
export function parseDecimal(s: string): number | undefined {
  const parsed = decimalParts(s);
  return parsed === undefined ? undefined : parsed.mantissa / 10 ** parsed.decimals;
}

/** A written decimal times a multiplier, computed on the integer mantissa to avoid 1562.78 * 1e6 drift. */
export function scaleDecimal(s: string, multiplier: number): number | undefined {
  const parsed = decimalParts(s);
  if (parsed === undefined) return undefined;
  const { mantissa, decimals } = parsed;
  const divisor = 10 ** decimals;
  // When the multiplier absorbs the decimals, the product is an exact integer.
  if (multiplier >= divisor && multiplier % divisor === 0) return mantissa * (multiplier / divisor);
  return (mantissa * multiplier) / divisor;
}

function decimalParts(s: string): { mantissa: number; decimals: number } | undefined {
  const ascii = thaiDigitsToAscii(s.trim()).replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(ascii)) return undefined;
  const dot = ascii.indexOf('.');
  const decimals = dot < 0 ? 0 : ascii.length - dot - 1;
  const mantissa = Number(dot < 0 ? ascii : ascii.slice(0, dot) + ascii.slice(dot + 1));
  return Number.isFinite(mantissa) ? { mantissa, decimals } : undefined;
}

/**
 * The value of Thai number words: สองหมื่น 20000, ยี่สิบเอ็ด 21, หนึ่งพันล้าน 1e9, ล้านล้าน 1e12.
 * Undefined when the string is not entirely number words.
 */
export function parseThaiNumberWords(s: string): number | undefined {
  const words = tokenizeNumberWords(s.replace(/\s+/g, ''));
  if (words === undefined || words.length === 0) return undefined;
  let result = 0; // everything above the current million group
  let group = 0; // the value below a million being read
  let pending: number | undefined; // a digit waiting for its place word
  for (const word of words) {
    const digit = DIGIT_WORDS[word];
    if (digit !== undefined) {
      if (pending !== undefined) return undefined; // two digits in a row: not a number
      if (word === 'ยี่' || word === 'เอ็ด') {
        // ยี่ only stands before สิบ; เอ็ด only after a place word.
        if (word === 'เอ็ด' && group === 0) return undefined;
      }
      pending = digit;
      continue;
    }
    const place = PLACE_WORDS[word];
    if (place !== undefined) {
      group += (pending ?? 1) * place;
      pending = undefined;
      continue;
    }
    // ล้าน closes a group: "สองล้าน" 2e6, a second ล้าน multiplies everything read so far.
    const below = group + (pending ?? 0);
    pending = undefined;
    group = 0;
    if (below > 0) result = (result + below) * 1e6;
    else result = result > 0 ? result * 1e6 : 1e6;
  }
  return result + group + (pending ?? 0);
}

function tokenizeNumberWords(s: string): string[] | undefined {
  const words: string[] = [];
  let at = 0;
  while (at < s.length) {
    WORD_TOKEN.lastIndex = at;
    const m = WORD_TOKEN.exec(s);
    if (m === null) return undefined;
    words.push(m[0]);
    at += m[0].length;
  }
  return words;
}

/** The multiplier of a scale word or compound (แสนล้าน 1e11, หมื่น 1e4, million 1e6), or undefined. */
export function scaleMultiplier(word: string): number | undefined {
  const w = word.replace(/\s+/g, '');
  if (w === '') return undefined;
  const english = ENGLISH_SCALES[w.toLowerCase()];
  if (english !== undefined) return english;
  const known = SCALE_WORDS[w];
  if (known !== undefined) return known;
  const words = tokenizeNumberWords(w);
  if (words === undefined || words.some((x) => DIGIT_WORDS[x] !== undefined)) return undefined;
  return parseThaiNumberWords(w);
}

/** A number written either in digits or in Thai words. */
export function parseNumber(s: string): number | undefined {
  return parseDecimal(s) ?? parseThaiNumberWords(s);
}
