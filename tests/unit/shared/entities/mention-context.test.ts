// A mention's context: its own line, about 80 characters each side, cut between words.
import { describe, expect, it } from 'vitest';
import { mentionContext } from '../../../../shared/entities/mention-context';

describe('mentionContext', () => {
  it('shows a short line whole', () => {
    const text = 'หัวข้อข่าว\nการส่งออกไปยังไฮฟองเพิ่มขึ้น\nบรรทัดอื่น';
    const start = text.indexOf('ไฮฟอง');
    const c = mentionContext(text, start, start + 5);
    expect(c).toEqual({ before: 'การส่งออกไปยัง', quote: 'ไฮฟอง', after: 'เพิ่มขึ้น', cutBefore: false, cutAfter: false });
  });

  it('cuts a long line near the radius, at a space, and says so', () => {
    const words = Array.from({ length: 60 }, (_, i) => `คำที่${i}`);
    words.splice(30, 0, 'ไฮฟอง');
    const text = words.join(' ');
    const start = text.indexOf('ไฮฟอง');
    const c = mentionContext(text, start, start + 5, 80);
    expect(c.quote).toBe('ไฮฟอง');
    expect(c.cutBefore && c.cutAfter).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(80);
    expect(c.after.length).toBeLessThanOrEqual(80);
    expect(c.before.length).toBeGreaterThan(40);
    // Whole words only: each side starts / ends at a word of the text.
    expect(words).toContain(c.before.split(' ')[0]);
    expect(words).toContain(c.after.split(' ').at(-1));
  });

  it('handles a mention at the very start or end of the text', () => {
    expect(mentionContext('ไฮฟอง', 0, 5)).toMatchObject({ before: '', after: '', cutBefore: false, cutAfter: false });
  });
});
