// Thai calendar vocabulary (month names, eras) and ISO interval helpers for months, quarters, halves and fiscal years.

/** Full Thai month names, January first, with common misspellings after the standard form. */
export const THAI_MONTHS: readonly (readonly string[])[] = [
  ['มกราคม'],
  ['กุมภาพันธ์', 'กุมภาพันธ', 'กุมภาพัน'],
  ['มีนาคม'],
  ['เมษายน'],
  ['พฤษภาคม', 'พฤษภาคาม'],
  ['มิถุนายน'],
  ['กรกฎาคม', 'กรกฏาคม'],
  ['สิงหาคม'],
  ['กันยายน'],
  ['ตุลาคม'],
  ['พฤศจิกายน'],
  ['ธันวาคม'],
];

/** Abbreviated Thai months as written, with the dots (ม.ค. ... ธ.ค.). */
export const THAI_MONTH_ABBREVIATIONS: readonly string[] = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];

/** English month names and their three-letter forms, January first. */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTH_LOOKUP = new Map<string, number>();
THAI_MONTHS.forEach((names, i) => names.forEach((n) => MONTH_LOOKUP.set(n, i + 1)));
THAI_MONTH_ABBREVIATIONS.forEach((a, i) => {
  MONTH_LOOKUP.set(a, i + 1);
  MONTH_LOOKUP.set(a.replace(/\.$/, ''), i + 1); // "ม.ค" without the last dot
});
ENGLISH_MONTHS.forEach((n, i) => {
  MONTH_LOOKUP.set(n.toLowerCase(), i + 1);
  MONTH_LOOKUP.set(n.slice(0, 3).toLowerCase(), i + 1);
});

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source for a full Thai month name (longest variants first). */
export const THAI_MONTH_SOURCE = `(?:${THAI_MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .map(escapeRegex)
  .join('|')})`;

/** Regex source for an abbreviated Thai month; the final dot may be missing and a space may follow the first dot. */
export const THAI_MONTH_ABBR_SOURCE = `(?:${THAI_MONTH_ABBREVIATIONS.map((a) => {
  const [first, second] = a.slice(0, -1).split('.');
  return `${escapeRegex(first ?? '')}\\. ?${escapeRegex(second ?? '')}\\.?`;
}).join('|')})(?![\\u0E01-\\u0E2E]\\.)`;

/** Regex source for an English month name, full or three-letter. */
export const ENGLISH_MONTH_SOURCE = `(?:${ENGLISH_MONTHS.map((m) => `${m.slice(0, 3)}(?:${escapeRegex(m.slice(3))}|\\.)?`).join('|')})(?![A-Za-z])`;

/** The month number (1-12) of a Thai name, abbreviation (with or without spaces/last dot) or English name. */
export function monthNumber(name: string): number | undefined {
  const key = name.replace(/\s+/g, '');
  return MONTH_LOOKUP.get(key) ?? MONTH_LOOKUP.get(key.replace(/\.$/, '').toLowerCase());
}

export const BE_OFFSET = 543;

/** Buddhist Era year to Common Era (2567 -> 2024). */
export function beToCe(be: number): number {
  return be - BE_OFFSET;
}

/** Common Era year to Buddhist Era (2024 -> 2567). */
export function ceToBe(ce: number): number {
  return ce + BE_OFFSET;
}

export type Era = 'BE' | 'CE';

/**
 * The CE year of a written year (at least 2 digits). A 2-digit year is BE (67 -> 2567 -> 2024). Without an era marker,
 * a 4-digit year from 2400 up is BE and one from 1800 to 2199 is CE. Undefined for implausible years.
 */
export function toCeYear(written: number, era?: Era): number | undefined {
  if (!Number.isInteger(written) || written < 10) return undefined;
  if (written < 100) {
    if (era === 'CE') return undefined;
    return beToCe(2500 + written);
  }
  if (era === 'BE') return written >= 2300 && written <= 2800 ? beToCe(written) : undefined;
  if (era === 'CE') return written >= 1000 && written <= 2300 ? written : undefined;
  if (written >= 2400 && written <= 2700) return beToCe(written);
  if (written >= 1800 && written <= 2199) return written;
  return undefined;
}

/** The era an era marker stands for: พ.ศ./พุทธศักราช are BE, ค.ศ./คริสต์ศักราช are CE. */
export function eraOf(marker: string | undefined): Era | undefined {
  if (marker === undefined || marker === '') return undefined;
  if (/^(?:ค|คริสต์)/.test(marker) || /^(?:AD|CE)$/i.test(marker)) return 'CE';
  return 'BE';
}

/** Regex source for an era marker: พ.ศ., พุทธศักราช, ค.ศ., คริสต์ศักราช (dots may be missing). */
export const ERA_SOURCE = '(?:พ\\.\\s?ศ\\.?|พุทธศักราช|ค\\.\\s?ศ\\.?|คริสต์ศักราช)';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month/year name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO yyyy-mm-dd. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** An inclusive interval of ISO dates. */
export interface DateInterval {
  start: string;
  end: string;
}

export function dayInterval(year: number, month: number, day: number): DateInterval {
  const d = isoDate(year, month, day);
  return { start: d, end: d };
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

export function monthInterval(year: number, month: number): DateInterval {
  return { start: isoDate(year, month, 1), end: monthEnd(year, month) };
}

/** From the first day of one month to the last day of another (ม.ค. - ต.ค. 68). */
export function monthRangeInterval(year1: number, month1: number, year2: number, month2: number): DateInterval {
  return { start: isoDate(year1, month1, 1), end: monthEnd(year2, month2) };
}

export function yearInterval(year: number, lastYear: number = year): DateInterval {
  return { start: isoDate(year, 1, 1), end: isoDate(lastYear, 12, 31) };
}

/** Calendar quarter 1-4 of a year. */
export function quarterInterval(year: number, quarter: number): DateInterval {
  const first = (quarter - 1) * 3 + 1;
  return monthRangeInterval(year, first, year, first + 2);
}

/** Calendar half 1-2 of a year. */
export function halfInterval(year: number, half: number): DateInterval {
  return half === 1 ? monthRangeInterval(year, 1, year, 6) : monthRangeInterval(year, 7, year, 12);
}

/** The first N months of a year (10 เดือนแรกของปี 2568 is Jan-Oct 2025). */
export function firstMonthsInterval(year: number, months: number): DateInterval {
  return monthRangeInterval(year, 1, year, Math.min(12, Math.max(1, months)));
}

/** Thai government fiscal year N (CE) runs 1 Oct N-1 to 30 Sep N: ปีงบประมาณ 2568 is 2024-10-01..2025-09-30. */
export function fiscalYearInterval(fiscalYearCe: number, lastFiscalYearCe: number = fiscalYearCe): DateInterval {
  return { start: isoDate(fiscalYearCe - 1, 10, 1), end: isoDate(lastFiscalYearCe, 9, 30) };
}

/** Quarter 1-4 of a fiscal year: Q1 of FY2025 is Oct-Dec 2024. */
export function fiscalQuarterInterval(fiscalYearCe: number, quarter: number): DateInterval {
  const firstMonth = 10 + (quarter - 1) * 3; // 10, 13, 16, 19 counted from January of FY-1
  const year = fiscalYearCe - 1 + Math.floor((firstMonth - 1) / 12);
  const month = ((firstMonth - 1) % 12) + 1;
  return monthRangeInterval(year, month, year, month + 2);
}

/** Half 1-2 of a fiscal year: the first half of FY2025 is Oct 2024 - Mar 2025. */
export function fiscalHalfInterval(fiscalYearCe: number, half: number): DateInterval {
  return half === 1
    ? monthRangeInterval(fiscalYearCe - 1, 10, fiscalYearCe, 3)
    : monthRangeInterval(fiscalYearCe, 4, fiscalYearCe, 9);
}

/** The year of an ISO date string, or undefined. */
export function yearOfIso(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const m = /^(\d{4})-\d{2}-\d{2}/.exec(iso);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}
