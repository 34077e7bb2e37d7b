// The canonical text form of the annotation guide, rule by rule.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../shared/text/normalize';

describe('normalizeText', () => {
  it('drops a leading BOM and turns CRLF and CR into LF', () => {
    expect(normalizeText('\uFEFFบรรทัดแรก\r\nบรรทัดสอง\rสาม')).toBe('บรรทัดแรก\nบรรทัดสอง\nสาม');
  });
  it('composes NIKHAHIT + SARA AA into SARA AM but never decomposes SARA AM (no NFKC)', () => {
    expect(normalizeText('ทํางาน')).toBe('ทำงาน');
    expect(normalizeText('ทำงาน')).toBe('ทำงาน');
    expect(normalizeText('ทำงาน').length).toBe(5);
  });
  it('turns NBSP, narrow and figure spaces into plain spaces and removes zero-width characters', () => {
    expect(normalizeText('758.5\u00A0ล้าน\u202Fบาท\u2007x')).toBe('758.5 ล้าน บาท x');
    expect(normalizeText('ไฮ\u200Bฟอง\u200C\u200Dมี\uFEFFโครงการ')).toBe('ไฮฟองมีโครงการ');
  });
  it('keeps Thai digits and line breaks as they are', () => {
    expect(normalizeText('ปี ๒๕๖๗\n\nย่อหน้า')).toBe('ปี ๒๕๖๗\n\nย่อหน้า');
  });
});
