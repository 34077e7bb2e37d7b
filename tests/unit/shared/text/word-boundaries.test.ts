// Selections snap to Thai words, paragraph by paragraph.
import { describe, expect, it } from 'vitest';
import { paragraphAround, snapToWords } from '../../../../shared/text/word-boundaries';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('snapToWords', () => {
  const text = 'ณ สิ้นเดือนตุลาคม ไฮฟองมีโครงการลงทุน 8 โครงการ';

  it('keeps a selection that is exactly a name ICU splits (ไฮ|ฟอง)', () => {
    const start = text.indexOf('ไฮฟอง');
    expect(slice(text, snapToWords(text, start, start + 5))).toBe('ไฮฟอง');
  });
  it('widens a selection that cuts a word to the whole word', () => {
    const start = text.indexOf('โครงการ') + 2;
    expect(slice(text, snapToWords(text, start, start + 2))).toBe('โครงการ');
  });
  it('trims spaces at the ends and accepts a backwards selection', () => {
    const start = text.indexOf(' ไฮฟอง');
    expect(slice(text, snapToWords(text, start + 6, start))).toBe('ไฮฟอง');
  });
  it('snaps each end within its own paragraph', () => {
    const two = 'บรรทัดแรกมีคำ\nย่อหน้าที่สองมีคำ';
    const s = snapToWords(two, two.indexOf('มีคำ') + 1, two.indexOf('ที่สอง') + 1);
    expect(slice(two, s)).toBe('มีคำ\nย่อหน้าที่');
  });
  it('does not segment the whole text: a long document snaps quickly', () => {
    const para = 'ไฮฟองมีโครงการลงทุนจากเบลเยียม '.repeat(20);
    const long = Array.from({ length: 2000 }, () => para).join('\n');
    const at = long.length - 40;
    expect(slice(long, snapToWords(long, at, at + 3)).length).toBeGreaterThan(0);
  });
});

describe('paragraphAround', () => {
  it('finds the line that holds an offset', () => {
    const t = 'ab\ncd\n\nef';
    expect(paragraphAround(t, 0)).toEqual({ start: 0, end: 2 });
    expect(paragraphAround(t, 4)).toEqual({ start: 3, end: 5 });
    expect(paragraphAround(t, 6)).toEqual({ start: 6, end: 6 });
    expect(paragraphAround(t, 8)).toEqual({ start: 7, end: 9 });
  });
});
