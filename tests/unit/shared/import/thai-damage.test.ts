// Damage checks on extracted Thai: NUL, U+FFFD, marks without a consonant, PDFium's repeated clusters; intact text passes.
import { describe, expect, it } from 'vitest';
import { findThaiDamage, thaiDamageWarnings } from '../../../../shared/import/thai-damage';

const kinds = (text: string) => findThaiDamage(text).map((d) => [d.kind, d.count]);

describe('findThaiDamage', () => {
  it('passes intact Thai, stacked marks, SARA AM, reduplication and rhyming pairs', () => {
    for (const ok of ['ส่งเสริมการลงทุน', 'ที่นี่ ผู้นำ น้ำ ก๊าซ ปี 2568', 'ที่มาที่ไป จุ๊บจุ๊บ ทั่วทั่ว', 'ท้อแท้ เก่าแก่ แน่วแน่', 'ใหม่ๆ ฯลฯ', 'ท่ี (tone before vowel)']) {
      expect(findThaiDamage(ok), ok).toEqual([]);
    }
  });

  it('finds U+0000 and U+FFFD where letters should be', () => {
    expect(kinds('ป\u0000 ล\u0000าน')).toEqual([['nul', 2]]);
    expect(kinds('ล\uFFFDาน')).toEqual([['replacement', 1]]);
  });

  it('finds a mark with no consonant to sit on (after a space, a vowel, a digit, SARA AM, or the text start)', () => {
    expect(kinds('\u0E48ก')).toEqual([['orphan-mark', 1]]);
    expect(kinds('ข่าว \u0E49านี้ 5\u0E35 นำ\u0E49')).toEqual([['orphan-mark', 3]]);
    expect(kinds('ก\u0E48\u0E48\u0E48\u0E48')).toEqual([['orphan-mark', 1]]);
  });

  it('finds repeated clusters as PDFium emits them', () => {
    expect(kinds('ส่งส่ เสริมริ การลงทุน')).toEqual([['repeated-cluster', 2]]);
  });

  it('says what it found in English, with examples', () => {
    const [w] = thaiDamageWarnings('ป\u0000');
    expect(w).toMatch(/^1 NUL characters \(U\+0000\)/);
    expect(w).toContain('ป\\u0000');
    expect(thaiDamageWarnings('ปกติ')).toEqual([]);
  });
});
