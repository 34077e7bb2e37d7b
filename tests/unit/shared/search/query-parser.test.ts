// Query parsing: Latin words, Thai runs as character sequences, quoted phrases.
import { describe, expect, it } from 'vitest';
import { needleRegex, parseQuery } from '../../../../shared/search/query-parser';

describe('parseQuery', () => {
  it('reads Latin words as word terms and Thai runs as sequences', () => {
    const q = parseQuery('BOI ไฮฟอง (EEC)');
    expect(q.units).toEqual([
      { kind: 'word', term: 'boi' },
      expect.objectContaining({ kind: 'sequence', needle: 'ไฮฟอง', quoted: false }),
      { kind: 'word', term: 'eec' },
    ]);
  });

  it('keeps a quoted phrase whole, and an unclosed quote runs to the end', () => {
    expect(parseQuery('"การลงทุน ต่างประเทศ" ญี่ปุ่น').units.map((u) => u.kind === 'sequence' && u.needle)).toEqual([
      'การลงทุน ต่างประเทศ',
      'ญี่ปุ่น',
    ]);
    expect(parseQuery('“ไฮฟอง มีโครงการ').units).toEqual([expect.objectContaining({ needle: 'ไฮฟอง มีโครงการ', quoted: true })]);
  });

  it('folds Thai digits and counts a repeated unit once', () => {
    expect(parseQuery('๒๕๖๗ 2567').units).toEqual([{ kind: 'word', term: '2567' }]);
    expect(parseQuery('  ,  ').units).toEqual([]);
  });

  it('builds a regex that takes either digit form and respects Latin word ends', () => {
    const r = needleRegex('covid-19');
    expect('โรค COVID-๑๙ ระบาด'.match(r)?.[0]).toBe('COVID-๑๙');
    expect('XCOVID-19'.match(needleRegex('covid-19'))).toBeNull();
    expect('ลงทุนไทย'.match(needleRegex('ลงทุน ไทย'))?.[0]).toBe('ลงทุนไทย');
    expect('ab cd'.match(needleRegex('ab cd'))?.[0]).toBe('ab cd');
    expect('abcd'.match(needleRegex('ab cd'))).toBeNull();
  });
});
