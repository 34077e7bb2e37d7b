// Tests the evaluator itself: alignment, P/R/F1, the normalization check and the ThaiNER reader.
import { describe, expect, it } from 'vitest';
import { Scorer, align, formatTable, prf, sameNormalization, sameNumber, type ScoredSpan } from '../../../tests/eval/scoring';
import { parseThaiNer, parseThaiNerLine } from '../../../tests/eval/thainer';

const span = (type: string, start: number, end: number, extra: Partial<ScoredSpan> = {}): ScoredSpan => ({
  type,
  start,
  end,
  ...extra,
});

describe('align', () => {
  it('pairs overlapping spans one to one, exact pairs first', () => {
    const gold = [span('MONEY', 0, 10), span('MONEY', 20, 30)];
    const pred = [span('MONEY', 5, 12), span('MONEY', 0, 10), span('MONEY', 40, 45)];
    const a = align(gold, pred, false);
    expect(a.pairs).toHaveLength(1); // 0-10 takes the exact pair; 5-12 finds no free gold
    expect(a.pairs[0]?.[1]).toEqual(span('MONEY', 0, 10));
    expect(a.missed).toEqual([span('MONEY', 20, 30)]);
    expect(a.spurious).toHaveLength(2);
  });
  it('strict needs both ends', () => {
    const a = align([span('DATE', 0, 10)], [span('DATE', 0, 9)], true);
    expect(a.pairs).toHaveLength(0);
    expect(align([span('DATE', 0, 10)], [span('DATE', 0, 9)], false).pairs).toHaveLength(1);
  });
  it('does not pair touching spans', () => {
    expect(align([span('LOC', 0, 5)], [span('LOC', 5, 8)], false).pairs).toHaveLength(0);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const s = prf(3, 4, 6);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.6);
  });
  it('is perfect when there is nothing to find and nothing found', () => {
    expect(prf(0, 0, 0).f1).toBe(1);
    expect(prf(0, 0, 2).precision).toBe(0);
  });
});

describe('normalization', () => {
  it('compares values within 1e-9 relative', () => {
    expect(sameNumber(1_562_780_000, 1_562_780_000.0000002)).toBe(true);
    expect(sameNumber(758_500_000, 758_000_000)).toBe(false);
    expect(sameNumber(undefined, undefined)).toBe(true);
    expect(sameNumber(5, undefined)).toBe(false);
  });
  it('checks value, valueMax, unit and qualifier for figures', () => {
    const gold = span('MONEY', 0, 5, { value: 5e6, valueMax: 1e7, unit: 'THB', qualifier: 'exact' });
    expect(sameNormalization(gold, { ...gold })).toBe(true);
    expect(sameNormalization(gold, { ...gold, valueMax: undefined })).toBe(false);
    expect(sameNormalization(gold, { ...gold, unit: 'USD' })).toBe(false);
    expect(sameNormalization(gold, { ...gold, qualifier: 'over' })).toBe(false);
  });
  it('checks startDate and endDate for dates', () => {
    const gold = span('DATE', 0, 5, { startDate: '2024-01-01', endDate: '2024-12-31' });
    expect(sameNormalization(gold, { ...gold })).toBe(true);
    expect(sameNormalization(gold, { ...gold, endDate: '2024-06-30' })).toBe(false);
  });
});

describe('Scorer', () => {
  it('scores per type, lenient and strict, with the share normalized right', () => {
    const scorer = new Scorer(['MONEY', 'DATE', 'LOC']);
    scorer.add(
      'doc',
      [
        span('MONEY', 0, 10, { value: 1, unit: 'THB', qualifier: 'exact' }),
        span('MONEY', 20, 30, { value: 2, unit: 'THB', qualifier: 'exact' }),
        span('DATE', 40, 50, { startDate: '2024-01-01', endDate: '2024-01-01' }),
        span('LOC', 60, 65),
      ],
      [
        span('MONEY', 0, 10, { value: 1, unit: 'THB', qualifier: 'exact' }),
        span('MONEY', 22, 30, { value: 3, unit: 'THB', qualifier: 'exact' }),
        span('DATE', 40, 50, { startDate: '2024-01-01', endDate: '2024-01-01' }),
        span('DATE', 70, 75),
        span('PERSON', 0, 3),
      ],
    );
    const [money, date, loc] = scorer.scores();
    expect(money).toMatchObject({ gold: 2, predicted: 2 });
    expect(money?.lenient.f1).toBe(1);
    expect(money?.strict.matched).toBe(1);
    expect(money?.normalized).toEqual({ checked: 2, correct: 1, share: 0.5 });
    expect(date?.lenient.precision).toBe(0.5);
    expect(date?.normalized?.share).toBe(1);
    expect(loc?.lenient.recall).toBe(0);
    expect(loc?.normalized).toBeUndefined();
    expect(scorer.errors.map((e) => e.kind).sort()).toEqual(['boundary', 'missed', 'spurious', 'wrong-form']);
  });
  it('reports no normalization share when told the gold has none', () => {
    const scorer = new Scorer(['MONEY'], false);
    scorer.add('d', [span('MONEY', 0, 5)], [span('MONEY', 0, 5, { value: 5, unit: 'THB' })]);
    expect(scorer.scores()[0]?.normalized).toBeUndefined();
  });
  it('formats a table', () => {
    const scorer = new Scorer(['MONEY']);
    scorer.add('d', [span('MONEY', 0, 5, { value: 1, unit: 'THB' })], [span('MONEY', 0, 5, { value: 1, unit: 'THB' })]);
    const table = formatTable('t', scorer.scores());
    expect(table).toContain('MONEY');
    expect(table).toContain('100.0');
  });
});

describe('ThaiNER reader', () => {
  it('removes tags, keeps offsets and maps the types', () => {
    const p = parseThaiNerLine('[PERSON]นายสมชาย ใจดี[/PERSON] รมว.[ORGANIZATION]กระทรวงพาณิชย์[/ORGANIZATION] ที่[LOCATION]ระยอง[/LOCATION] มูลค่า [MONEY]5 ล้านบาท[/MONEY] [PHONE]02[/PHONE]');
    expect(p.text).toBe('นายสมชาย ใจดี รมว.กระทรวงพาณิชย์ ที่ระยอง มูลค่า 5 ล้านบาท 02');
    expect(p.spans.map((s) => [s.type, s.quote])).toEqual([
      ['PERSON', 'นายสมชาย ใจดี'],
      ['ORG', 'กระทรวงพาณิชย์'],
      ['LOC', 'ระยอง'],
      ['MONEY', '5 ล้านบาท'],
    ]);
    for (const s of p.spans) expect(p.text.slice(s.start, s.end)).toBe(s.quote);
  });
  it('drops the BOM and blank lines, and trims spaces inside tags', () => {
    const passages = parseThaiNer('\uFEFFก [PERCENT] 5% [/PERCENT]\n\nข\n');
    expect(passages).toHaveLength(2);
    expect(passages[0]?.text.startsWith('ก')).toBe(true);
    expect(passages[0]?.spans[0]?.quote).toBe('5%');
  });
  it('ignores an unbalanced closing tag', () => {
    expect(parseThaiNerLine('ก[/MONEY]ข').spans).toEqual([]);
  });
});
