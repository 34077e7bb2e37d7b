// Name folding and the transliteration rule: which spellings share a key, and which must not.
import { describe, expect, it } from 'vitest';
import { foldName, foldNameParts, stripHonorifics, stripPlacePrefixes } from '../../../../shared/entities/name-folding';
import {
  isTransliterationVariant,
  looksForeign,
  transliterationKey,
  transliterationVariants,
} from '../../../../shared/entities/transliteration';

describe('foldName', () => {
  it('sets aside tone marks, ็ and ฯ', () => {
    expect(foldName('เหงียน ฮ่อง เดียน', 'PERSON')).toBe(foldName('เหงียน ฮอง เดียน', 'PERSON'));
    expect(foldName('เล เตี่ยน เชา', 'PERSON')).toBe(foldName('เล เตียน เชา', 'PERSON'));
    expect(foldName('จาค็อบ', 'PERSON')).toBe('จาคอบ');
    expect(foldName('ไฮ่ฟอง', 'LOC')).toBe(foldName('ไฮฟอง', 'LOC'));
    expect(foldName('สหรัฐฯ', 'LOC')).toBe('สหรัฐ');
  });

  it('sets aside spaces, hyphens and dots, and lowercases Latin', () => {
    expect(foldName('Mr. Dae-jin Jeong', 'PERSON')).toBe('daejinjeong');
    expect(foldName('Mr.Dae-jin Jeong', 'PERSON')).toBe('daejinjeong');
    expect(foldName('สปป. ลาว', 'LOC')).toBe(foldName('สปป.ลาว', 'LOC'));
    expect(foldName('MJ-CI', 'PROGRAMME')).toBe('mjci');
  });

  it('strips honorifics and ranks from PERSON names only', () => {
    expect(foldName('สหายเล เตียน เชา', 'PERSON')).toBe(foldName('เล เตียน เชา', 'PERSON'));
    expect(foldName('นายสำลี บุษดี', 'PERSON')).toBe('สำลีบุษดี');
    expect(foldName('นางสาวสมศรี ใจดี', 'PERSON')).toBe('สมศรีใจดี');
    expect(foldName('ดร.ณัฐพล รังสิตพล', 'PERSON')).toBe('ณัฐพลรังสิตพล');
    expect(foldName('พล.อ. ประยุทธ์ จันทร์โอชา', 'PERSON')).toBe(foldName('ประยุทธ์ จันทร์โอชา', 'PERSON'));
    expect(stripHonorifics('ศ.ดร.สมชาย ใจดี')).toBe('สมชาย ใจดี');
    expect(stripHonorifics('Mr. Wangi AHN')).toBe('Wangi AHN');
    expect(stripHonorifics('Dr Jane Smith')).toBe('Jane Smith');
    expect(stripHonorifics('Drew Smith')).toBe('Drew Smith');
    // A name that merely begins like an honorific keeps its letters.
    expect(stripHonorifics('คุณากร มีสุข')).toBe('คุณากร มีสุข');
    // Not for other types: นาย... in an ORG name stays.
    expect(foldName('นายกรัฐมนตรี', 'ORG')).toBe('นายกรัฐมนตรี');
  });

  it('strips place prefixes from LOC names only', () => {
    for (const [a, b] of [
      ['กรุงโซล', 'โซล'],
      ['นครเซินเจิ้น', 'เซินเจิ้น'],
      ['เมืองไฮฟอง', 'ไฮฟอง'],
      ['จังหวัดระยอง', 'ระยอง'],
      ['ประเทศไทย', 'ไทย'],
      ['จังหวัดนครนายก', 'นครนายก'],
    ]) {
      expect(foldName(a!, 'LOC')).toBe(foldName(b!, 'LOC'));
    }
    expect(stripPlacePrefixes('ท่าเรือแอนต์เวิร์ป')).toBe('ท่าเรือแอนต์เวิร์ป');
    expect(foldName('เมืองพัทยา', 'ORG')).toBe('เมืองพัทยา');
    // A name that is only a prefix keeps it.
    expect(foldName('เมือง', 'LOC')).toBe('เมือง');
  });

  it('keeps every other difference', () => {
    expect(foldName('สมชาย', 'PERSON')).not.toBe(foldName('สมชัย', 'PERSON'));
    expect(foldName('ฮานอย', 'LOC')).not.toBe(foldName('ฮาลอง', 'LOC'));
    expect(foldName('เกาหลีใต้', 'LOC')).not.toBe(foldName('เกาหลีเหนือ', 'LOC'));
    expect(foldName('สหรัฐฯ', 'LOC')).not.toBe(foldName('สหรัฐอเมริกา', 'LOC'));
  });

  it('splits the core into folded parts', () => {
    expect(foldNameParts('สหายเล เตี่ยน เชา', 'PERSON')).toEqual(['เล', 'เตียน', 'เชา']);
  });
});

describe('transliteration', () => {
  it('reads จ and ช as one sound, and the first syllable vowel as wavering', () => {
    expect(isTransliterationVariant('เชา', 'เจา')).toBe(true);
    expect(isTransliterationVariant('จาคอบ', 'เจคอบ')).toBe(true);
    expect(transliterationKey('จาคอบ')).toBe(transliterationKey('เจคอบ'));
    // A short part keeps its vowel: only จ/ช may differ there.
    expect(isTransliterationVariant('เชา', 'ใจ')).toBe(false);
    expect(isTransliterationVariant('เฮลเบิรก', 'ไฮเบิรก')).toBe(false);
  });

  it('takes multi-part names with foreign marks as foreign, Thai names never', () => {
    expect(looksForeign('จาค็อบ เฮลเบิร์ก', 'PERSON')).toBe(true);
    expect(looksForeign('เจคอบ เฮลเบิร์ก', 'PERSON')).toBe(true);
    expect(looksForeign('สหายเล เตียน เชา', 'PERSON')).toBe(true);
    expect(looksForeign('สมชาย ใจดี', 'PERSON')).toBe(false);
    expect(looksForeign('ดร.ณัฐพล รังสิตพล', 'PERSON')).toBe(false);
    expect(looksForeign('ฮานอย', 'LOC')).toBe(false);
    expect(looksForeign('Mr. Dae-jin Jeong', 'PERSON')).toBe(false);
  });

  it('says which whole names are variants', () => {
    expect(transliterationVariants('จาค็อบ เฮลเบิร์ก', 'เจคอบ เฮลเบิร์ก', 'PERSON')).toBe(true);
    expect(transliterationVariants('สหายเล เตียน เชา', 'สหายเล เตียน เจา', 'PERSON')).toBe(true);
    // The other parts must match.
    expect(transliterationVariants('จาค็อบ เฮลเบิร์ก', 'เจคอบ ชมิดท์', 'PERSON')).toBe(false);
    expect(transliterationVariants('จาค็อบ', 'เจคอบ', 'PERSON')).toBe(false);
    // Thai names: one spelling.
    expect(transliterationVariants('สมชาย ใจดี', 'สมจาย ใจดี', 'PERSON')).toBe(false);
    expect(transliterationVariants('สมชาย ใจดี', 'สมชัย ใจดี', 'PERSON')).toBe(false);
  });
});
