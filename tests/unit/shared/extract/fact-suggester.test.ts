// Pins the fact-suggestion rules (measure words, direction words, period choice, carry-over) on short Thai sentences.
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../../../shared/extract/extract';
import { periodKindOf, suggestFacts } from '../../../../shared/extract/fact-suggester';
import { paragraphBounds, sentenceBounds } from '../../../../shared/extract/sentences';
import type { SuggestedFact } from '../../../../shared/model/fact';
import { normalizeText } from '../../../../shared/text/normalize';

function facts(raw: string): SuggestedFact[] {
  const text = normalizeText(raw);
  return suggestFacts(text, extractAll(text, { documentDate: '2023-11-06' }));
}

function factOf(raw: string, quote: string): SuggestedFact {
  const f = facts(raw).find((x) => x.figure.quote === quote);
  if (f === undefined) throw new Error(`no fact for ${quote}`);
  return f;
}

describe('measure', () => {
  it('reads the nearest measure word before a money figure', () => {
    const text = 'ในปี 2565 ไทยส่งออกไปจีน 1.19 ล้านล้านบาท นำเข้าจากจีน 2.48 ล้านล้านบาท';
    expect(factOf(text, '1.19 ล้านล้านบาท').measure).toBe('export');
    expect(factOf(text, '2.48 ล้านล้านบาท').measure).toBe('import');
  });

  it('reads total trade and keeps the breakdown apart', () => {
    const text = 'ในปี 2566 การค้าชายแดนไทย - เมียนมา มีมูลค่าการค้ารวม 2,413 ล้านบาท แบ่งเป็น มูลค่านำเข้า 2,228 ล้านบาท และมูลค่าส่งออก 185 ล้านบาท';
    expect(factOf(text, '2,413 ล้านบาท').measure).toBe('trade_total');
    expect(factOf(text, '2,228 ล้านบาท').measure).toBe('import');
    expect(factOf(text, '185 ล้านบาท').measure).toBe('export');
  });

  it('reads FDI money as fdi_stock and FDI projects as fdi_projects', () => {
    const text = 'ณ สิ้นเดือนมิถุนายน 2566 เวียดนามมีโครงการลงทุนโดยตรงจากต่างประเทศ (FDI) 12 โครงการจากนักลงทุนชาวไทย มูลค่ารวม 300 ล้านดอลลาร์สหรัฐ';
    const count = factOf(text, '12 โครงการ');
    expect(count.measure).toBe('fdi_projects');
    expect(factOf(text, '300 ล้านดอลลาร์สหรัฐ').measure).toBe('fdi_stock');
    expect(count.subject?.quote).toBe('เวียดนาม');
    expect(count.counterpart?.quote).toBe('ไทย');
  });

  it('reads shares of exports and of trade from what follows the percent', () => {
    const text = 'ข้าวคิดเป็นร้อยละ 12 ของมูลค่าการส่งออกของไทยไปยังมาเลเซีย\nการค้าชายแดนคิดเป็นร้อยละ 31.76 ของมูลค่าการค้าของไทยกับมาเลเซีย';
    expect(factOf(text, 'ร้อยละ 12').measure).toBe('share_of_exports');
    expect(factOf(text, 'ร้อยละ 31.76').measure).toBe('share_of_trade');
  });

  it('gives a bare คิดเป็น N% the share measure of the share before it in the paragraph', () => {
    const text = 'การนำเข้าจากญี่ปุ่นส่วนใหญ่เป็นเหล็ก คิดเป็น 30% ของมูลค่าการซื้อขายรวม ขณะที่เครื่องจักรคิดเป็น 20%';
    expect(factOf(text, '20%').measure).toBe('share_of_trade');
  });

  it('reads a growth percent with a target word as growth_target, a plain growth rate as other', () => {
    expect(factOf('มาเลเซียตั้งเป้าให้เศรษฐกิจเติบโต 5% ในปี 2567', '5%').measure).toBe('growth_target');
    expect(factOf('ในปี 2565 ไทยส่งออกอาหาร 1.36 ล้านล้านบาท ขยายตัวเพิ่มขึ้น 22.7% จากปีก่อน', '22.7%').measure).toBe('other');
  });

  it('does not read a chamber of commerce as trade', () => {
    expect(factOf('หอการค้าไทยจัดงานแสดงสินค้า มีผู้ซื้อ 500 ราย', '500 ราย').measure).toBe('other');
  });
});

describe('subject and counterpart', () => {
  it('X ส่งออกไปยัง Y and นำเข้าจาก Y', () => {
    const text = 'ในปี 2566 ไทยส่งออกไปยังญี่ปุ่น 500 ล้านดอลลาร์สหรัฐ และไทยนำเข้าจากญี่ปุ่น 400 ล้านดอลลาร์สหรัฐ';
    const ex = factOf(text, '500 ล้านดอลลาร์สหรัฐ');
    expect([ex.subject?.quote, ex.counterpart?.quote]).toEqual(['ไทย', 'ญี่ปุ่น']);
    const im = factOf(text, '400 ล้านดอลลาร์สหรัฐ');
    expect([im.subject?.quote, im.counterpart?.quote]).toEqual(['ไทย', 'ญี่ปุ่น']);
  });

  it('ระหว่าง X และ Y', () => {
    const f = factOf('มูลค่าการค้าระหว่างไทยและเวียดนามในปี 2565 อยู่ที่ 20,000 ล้านดอลลาร์สหรัฐ', '20,000 ล้านดอลลาร์สหรัฐ');
    expect([f.subject?.quote, f.counterpart?.quote]).toEqual(['ไทย', 'เวียดนาม']);
    expect(f.measure).toBe('trade_total');
  });

  it('carries subject and counterpart to a later sentence of the paragraph that names no place', () => {
    const text = 'ในปี 2566 มูลค่าการส่งออกของไทยไปยังจีนสูงกว่า 100 ล้านดอลลาร์สหรัฐ เฉพาะในช่วง 6 เดือนแรกของปี 2567 มูลค่าการส่งออกจะสูงถึง 60 ล้านดอลลาร์สหรัฐ';
    const f = factOf(text, '60 ล้านดอลลาร์สหรัฐ');
    expect([f.subject?.quote, f.counterpart?.quote]).toEqual(['ไทย', 'จีน']);
  });

  it('carries the subject from an earlier paragraph when a sentence names only the counterpart', () => {
    const text = 'ในปี 2566 มาเลเซียส่งออกไปยังญี่ปุ่น 80 ล้านดอลลาร์สหรัฐ\nการนำเข้าจากญี่ปุ่นส่วนใหญ่เป็นเครื่องจักร คิดเป็น 40% ของมูลค่าการซื้อขายรวม';
    const f = factOf(text, '40%');
    expect([f.subject?.quote, f.counterpart?.quote]).toEqual(['มาเลเซีย', 'ญี่ปุ่น']);
  });
});

describe('period', () => {
  it('takes the date of the sentence, narrowing a year to the bracketed months after it', () => {
    const text = 'ในปี 2565 ไทยส่งออกไปจีน 1.19 ล้านล้านบาท นำเข้าจากจีน 2.48 ล้านล้านบาท และปี 2566 (ม.ค.-ก.ย.) ไทยส่งออกไปจีน 898,456 ล้านบาท';
    const a = factOf(text, '2.48 ล้านล้านบาท');
    expect([a.startDate, a.endDate, a.periodKind]).toEqual(['2022-01-01', '2022-12-31', 'year']);
    const b = factOf(text, '898,456 ล้านบาท');
    expect([b.startDate, b.endDate, b.periodKind]).toEqual(['2023-01-01', '2023-09-30', 'ytd']);
  });

  it('binds a date written right after the figure to it', () => {
    const text = 'มูลค่าการค้าเพิ่มขึ้นจาก 97,900 ล้านดอลลาร์สหรัฐ ในปี 2527 เป็น 618,000 ล้านดอลลาร์สหรัฐ ในปี 2564';
    expect(factOf(text, '97,900 ล้านดอลลาร์สหรัฐ').startDate).toBe('1984-01-01');
    expect(factOf(text, '618,000 ล้านดอลลาร์สหรัฐ').startDate).toBe('2021-01-01');
  });

  it('falls back to a period earlier in the paragraph, but not to an event day, and not for shares', () => {
    const text = 'ในช่วง 10 เดือนแรกของปี 2567 การส่งออกของไทยไปยังจีน 500 ล้านดอลลาร์สหรัฐ ผลไม้คิดเป็น 40% ของมูลค่าการส่งออก ขณะที่ยางพาราส่งออก 90 ล้านดอลลาร์สหรัฐ';
    const later = factOf(text, '90 ล้านดอลลาร์สหรัฐ');
    expect([later.startDate, later.endDate, later.dateSource]).toEqual(['2024-01-01', '2024-10-31', 'paragraph']);
    expect(factOf(text, '40%').periodKind).toBe('none');
    const meeting = factOf('เมื่อวันที่ 15 กรกฎาคม 2567 ญี่ปุ่นจัดการประชุมกับลาว ผลการดำเนินงานในช่วงปีที่ผ่านมามีทั้งสิ้น 21 โครงการ', '21 โครงการ');
    expect(meeting.periodKind).toBe('none');
  });

  it('classifies intervals', () => {
    expect(periodKindOf('2024-01-01', '2024-12-31')).toBe('year');
    expect(periodKindOf('2025-01-01', '2025-10-31')).toBe('ytd');
    expect(periodKindOf('2024-01-01', '2024-03-31', 'ไตรมาส 1 ปี 2567')).toBe('quarter');
    expect(periodKindOf('2024-04-01', '2024-06-30')).toBe('quarter');
    expect(periodKindOf('2023-09-01', '2023-09-30')).toBe('month');
    expect(periodKindOf('2025-10-31', '2025-10-31', 'สิ้นเดือนตุลาคม พ.ศ. 2568')).toBe('as_of');
    expect(periodKindOf('2024-07-15', '2024-07-15', '15 กรกฎาคม 2567')).toBe('point');
    expect(periodKindOf('2024-10-01', '2025-09-30', 'ปีงบประมาณ 2568')).toBe('other');
    expect(periodKindOf(undefined, undefined)).toBe('none');
  });
});

describe('sentences', () => {
  it('ends a sentence at a space, but not inside an annotation or before a joining word', () => {
    const text = 'ในปี 2566 ไทยส่งออก 5 ล้านบาท และนำเข้า 3 ล้านบาท ผลไม้เป็นสินค้าหลัก';
    const [p] = paragraphBounds(text);
    expect(p).toBeDefined();
    if (!p) return;
    const spans = extractAll(text).map((a) => ({ start: a.start, end: a.end }));
    const s = sentenceBounds(text, p, spans).map((b) => text.slice(b.start, b.end));
    expect(s).toEqual(['ในปี 2566 ไทยส่งออก 5 ล้านบาท และนำเข้า 3 ล้านบาท', 'ผลไม้เป็นสินค้าหลัก']);
  });

  it('is linear enough for a long document', () => {
    const para = 'ในปี 2566 ไทยส่งออกไปยังจีน 500 ล้านดอลลาร์สหรัฐ และนำเข้าจากจีน 400 ล้านดอลลาร์สหรัฐ ผลไม้คิดเป็น 40% ของมูลค่าการส่งออก\n';
    const text = para.repeat(400);
    const ann = extractAll(text);
    const t0 = performance.now();
    const out = suggestFacts(text, ann);
    expect(out).toHaveLength(1200);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
