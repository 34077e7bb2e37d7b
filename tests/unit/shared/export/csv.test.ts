// CSV that Excel opens with Thai intact: BOM, CRLF, quoting of commas, quotes and line breaks.
import { describe, expect, it } from 'vitest';
import { csvBytes, toCsv } from '../../../../shared/export/csv';

describe('csv', () => {
  it('quotes only what needs it and leaves empty cells for missing values', () => {
    expect(toCsv(['a', 'b', 'c'], [['ไฮฟอง', 758500000, undefined], ['มูลค่า "กว่า"', '1,562.78', 'สอง\nบรรทัด']])).toBe(
      'a,b,c\r\nไฮฟอง,758500000,\r\n"มูลค่า ""กว่า""","1,562.78","สอง\nบรรทัด"\r\n',
    );
  });
  it('starts the file with a UTF-8 byte-order mark', () => {
    const bytes = csvBytes(['x'], [['ล้าน']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('x\r\nล้าน\r\n');
  });
});
