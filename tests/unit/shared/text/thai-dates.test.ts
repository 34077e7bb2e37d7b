// Pins Thai month names, Buddhist Era conversion and the interval helpers (months, quarters, halves, fiscal years).
import { describe, expect, it } from 'vitest';
import {
  beToCe,
  ceToBe,
  daysInMonth,
  eraOf,
  firstMonthsInterval,
  fiscalHalfInterval,
  fiscalQuarterInterval,
  fiscalYearInterval,
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
} from '../../../../shared/text/thai-dates';

describe('monthNumber', () => {
  it('reads full names, abbreviations and English names', () => {
    expect(monthNumber('มกราคม')).toBe(1);
    expect(monthNumber('กรกฎาคม')).toBe(7);
    expect(monthNumber('กรกฏาคม')).toBe(7); // common misspelling
    expect(monthNumber('ธันวาคม')).toBe(12);
    expect(monthNumber('ม.ค.')).toBe(1);
    expect(monthNumber('มี.ค.')).toBe(3);
    expect(monthNumber('ต.ค')).toBe(10);
    expect(monthNumber('ก. ค.')).toBe(7);
    expect(monthNumber('July')).toBe(7);
    expect(monthNumber('Sep')).toBe(9);
    expect(monthNumber('เดือน')).toBeUndefined();
  });
});

describe('eras', () => {
  it('converts BE and CE', () => {
    expect(beToCe(2567)).toBe(2024);
    expect(ceToBe(2024)).toBe(2567);
  });
  it('reads a written year: 2-digit years are BE, big years BE, CE kept', () => {
    expect(toCeYear(67)).toBe(2024);
    expect(toCeYear(2568)).toBe(2025);
    expect(toCeYear(2030)).toBe(2030);
    expect(toCeYear(2024, 'CE')).toBe(2024);
    expect(toCeYear(2567, 'BE')).toBe(2024);
    expect(toCeYear(5)).toBeUndefined();
  });
  it('tells the era of a marker', () => {
    expect(eraOf('พ.ศ.')).toBe('BE');
    expect(eraOf('พุทธศักราช')).toBe('BE');
    expect(eraOf('ค.ศ.')).toBe('CE');
    expect(eraOf(undefined)).toBeUndefined();
  });
});

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 10)).toBe(31);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(monthEnd(2025, 10)).toBe('2025-10-31');
  });
});

describe('intervals', () => {
  it('builds the guide table intervals', () => {
    expect(monthInterval(2017, 8)).toEqual({ start: '2017-08-01', end: '2017-08-31' });
    expect(yearInterval(2024)).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(firstMonthsInterval(2025, 10)).toEqual({ start: '2025-01-01', end: '2025-10-31' });
    expect(quarterInterval(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterInterval(2024, 4)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(halfInterval(2025, 1)).toEqual({ start: '2025-01-01', end: '2025-06-30' });
    expect(halfInterval(2025, 2)).toEqual({ start: '2025-07-01', end: '2025-12-31' });
    expect(fiscalYearInterval(2025)).toEqual({ start: '2024-10-01', end: '2025-09-30' });
    expect(monthRangeInterval(2025, 1, 2025, 10)).toEqual({ start: '2025-01-01', end: '2025-10-31' });
  });
  it('places fiscal quarters and halves', () => {
    expect(fiscalQuarterInterval(2025, 1)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(fiscalQuarterInterval(2025, 2)).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(fiscalQuarterInterval(2025, 4)).toEqual({ start: '2025-07-01', end: '2025-09-30' });
    expect(fiscalHalfInterval(2025, 1)).toEqual({ start: '2024-10-01', end: '2025-03-31' });
    expect(fiscalHalfInterval(2025, 2)).toEqual({ start: '2025-04-01', end: '2025-09-30' });
  });
  it('reads the year of an ISO date', () => {
    expect(yearOfIso('2023-07-25')).toBe(2023);
    expect(yearOfIso('nope')).toBeUndefined();
  });
});
