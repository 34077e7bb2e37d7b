// Pins how Thai digits, grouped decimals, number words and scale words are read.
import { describe, expect, it } from 'vitest';
import {
  parseDecimal,
  parseNumber,
  parseThaiNumberWords,
  scaleDecimal,
  scaleMultiplier,
  thaiDigitsToAscii,
} from '../../../../shared/text/thai-numbers';

describe('thaiDigitsToAscii', () => {
  it('reads Thai digits as digits and keeps the length', () => {
    expect(thaiDigitsToAscii('๒๕๖๗')).toBe('2567');
    expect(thaiDigitsToAscii('ปี ๒๕๖๗ และ 2024')).toBe('ปี 2567 และ 2024');
  });
});

describe('parseDecimal', () => {
  it('reads thousands commas and decimals', () => {
    expect(parseDecimal('1,562.78')).toBe(1562.78);
    expect(parseDecimal('25,000')).toBe(25000);
    expect(parseDecimal('93')).toBe(93);
    expect(parseDecimal('๑,๐๐๐.๕')).toBe(1000.5);
  });
  it('rejects what is not a number', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('12a')).toBeUndefined();
    expect(parseDecimal('1.2.3')).toBeUndefined();
  });
});

describe('scaleDecimal', () => {
  it('multiplies without floating drift', () => {
    expect(scaleDecimal('758.5', 1e6)).toBe(758_500_000);
    expect(scaleDecimal('1,562.78', 1e6)).toBe(1_562_780_000);
    expect(scaleDecimal('54,669.23', 1e6)).toBe(54_669_230_000);
    expect(scaleDecimal('2.38', 1e12)).toBe(2_380_000_000_000);
  });
});

describe('parseThaiNumberWords', () => {
  it.each([
    ['หนึ่ง', 1],
    ['เก้า', 9],
    ['สิบ', 10],
    ['สิบเอ็ด', 11],
    ['ยี่สิบ', 20],
    ['ยี่สิบเอ็ด', 21],
    ['สามสิบห้า', 35],
    ['ร้อย', 100],
    ['หนึ่งร้อยเอ็ด', 101],
    ['สองพันห้าร้อยหกสิบเจ็ด', 2567],
    ['สองหมื่น', 20_000],
    ['ห้าแสน', 500_000],
    ['ล้าน', 1e6],
    ['สองล้านห้าแสน', 2_500_000],
    ['หนึ่งพันล้าน', 1e9],
    ['สามหมื่นล้าน', 3e10],
    ['ล้านล้าน', 1e12],
    ['สองล้านล้าน', 2e12],
  ])('%s is %d', (words, value) => {
    expect(parseThaiNumberWords(words)).toBe(value);
  });
  it('rejects other words', () => {
    expect(parseThaiNumberWords('สามารถ')).toBeUndefined();
    expect(parseThaiNumberWords('สองสาม')).toBeUndefined();
    expect(parseThaiNumberWords('')).toBeUndefined();
  });
});

describe('scaleMultiplier', () => {
  it.each([
    ['หมื่น', 1e4],
    ['แสน', 1e5],
    ['ล้าน', 1e6],
    ['สิบล้าน', 1e7],
    ['ร้อยล้าน', 1e8],
    ['พันล้าน', 1e9],
    ['หมื่นล้าน', 1e10],
    ['แสนล้าน', 1e11],
    ['ล้านล้าน', 1e12],
    ['billion', 1e9],
  ])('%s is %d', (word, m) => {
    expect(scaleMultiplier(word)).toBe(m);
  });
  it('is undefined for a digit word or a non-scale word', () => {
    expect(scaleMultiplier('สองล้าน')).toBeUndefined();
    expect(scaleMultiplier('บาท')).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it('reads digits or words', () => {
    expect(parseNumber('2,500')).toBe(2500);
    expect(parseNumber('สองพัน')).toBe(2000);
  });
});
