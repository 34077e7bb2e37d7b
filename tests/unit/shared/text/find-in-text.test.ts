// Find in the reader: what the analyst types is found wherever it stands, whatever the case or digits.
import { describe, expect, it } from 'vitest';
import { findAll } from '../../../../shared/text/find-in-text';

const TEXT = 'การส่งออกของเมืองไฮฟอง ๒๕ ล้าน USD\nไฮฟองและ Haiphong port (HAIPHONG) 25 ล้าน';
const quotes = (q: string) => findAll(TEXT, q).map((s) => TEXT.slice(s.start, s.end));

describe('findAll', () => {
  it('finds a Thai name inside unsegmented text, every time it occurs', () => {
    expect(quotes('ไฮฟอง')).toEqual(['ไฮฟอง', 'ไฮฟอง']);
  });
  it('ignores Latin case and finds Thai digits from Arabic ones and back', () => {
    expect(quotes('haiphong')).toEqual(['Haiphong', 'HAIPHONG']);
    expect(quotes('25 ล้าน')).toEqual(['๒๕ ล้าน', '25 ล้าน']);
    expect(quotes('๒๕')).toEqual(['๒๕', '25']);
  });
  it('finds nothing for an empty query or a missing word', () => {
    expect(findAll(TEXT, '   ')).toEqual([]);
    expect(findAll(TEXT, 'ฮาลอง')).toEqual([]);
  });
});
