// Chart series from facts: full year and year to date apart, `> 25` labels, one series per currency, period order.
import { describe, expect, it } from 'vitest';
import type { ChartFact } from '../../../../shared/charts/chart-fact';
import { acrossCounterparts, chooseScale, displayValue, seriesOverTime, shares } from '../../../../shared/charts/chart-series';

const base = { subject: 'ไฮฟอง', counterpart: 'เบลเยียม', docId: 'd1', qualifier: 'exact' } as const;

// The Haiphong-Belgium seed, plus a made-up 2023 full year to check the order.
const haiphong: ChartFact[] = [
  { ...base, id: 'e25', measure: 'export', value: 25e6, unit: 'USD', qualifier: 'over', startDate: '2024-01-01', endDate: '2024-12-31', periodKind: 'year', quote: '25 ล้านดอลลาร์สหรัฐ' },
  { ...base, id: 'e697', measure: 'export', value: 69.7e6, unit: 'USD', startDate: '2025-01-01', endDate: '2025-10-31', periodKind: 'ytd', quote: '69.7 ล้านดอลลาร์สหรัฐ' },
  { ...base, id: 'e23', measure: 'export', value: 18e6, unit: 'USD', startDate: '2023-01-01', endDate: '2023-12-31', periodKind: 'year', quote: '18 ล้านดอลลาร์สหรัฐ' },
  { ...base, id: 'i10', measure: 'import', value: 10e6, unit: 'USD', qualifier: 'over', startDate: '2024-01-01', endDate: '2024-12-31', periodKind: 'year', quote: '10 ล้านดอลลาร์สหรัฐ' },
  { ...base, id: 's93', measure: 'share_of_exports', value: 93, unit: '%', periodKind: 'none', quote: '93%', label: 'รองเท้า' },
  { ...base, id: 's24', measure: 'share_of_trade', value: 24, unit: '%', periodKind: 'none', quote: '24%', label: 'สิ่งทอ หนัง และกระดาษ' },
  { ...base, id: 's22', measure: 'share_of_trade', value: 22, unit: '%', periodKind: 'none', quote: '22%', label: 'เครื่องจักรและอุปกรณ์อิเล็กทรอนิกส์' },
];

describe('seriesOverTime', () => {
  it('splits full-year and year-to-date values into separately labelled, styled series', () => {
    const series = seriesOverTime(haiphong, { measure: 'export', subject: 'เมืองไฮฟอง', counterpart: 'เบลเยียม' });
    expect(series.map((s) => s.periodKind)).toEqual(['year', 'ytd']);
    const [year, ytd] = series;
    expect(year?.points.map((p) => p.label)).toEqual(['2023', '2024']);
    expect(ytd?.points.map((p) => p.label)).toEqual(['Jan–Oct 2025']);
    expect(year?.label).toContain('full year');
    expect(ytd?.label).toContain('year to date (Jan–Oct)');
    expect(year?.style).not.toBe(ytd?.style);
  });

  it('shows over 25 million as > 25 on a USD million axis', () => {
    const [year] = seriesOverTime(haiphong, { measure: 'export', subject: 'ไฮฟอง' });
    expect(year?.axisLabel).toBe('USD million');
    const p2024 = year?.points.find((p) => p.label === '2024');
    expect(p2024?.value).toBe(25);
    expect(p2024?.displayValue).toBe('> 25');
    expect(p2024?.factId).toBe('e25');
  });

  it('never joins two currencies, and never converts', () => {
    const facts: ChartFact[] = [
      { ...base, id: 'a', measure: 'export', value: 5e9, unit: 'THB', startDate: '2022-01-01', endDate: '2022-12-31', periodKind: 'year', quote: '5,000 ล้านบาท' },
      { ...base, id: 'b', measure: 'export', value: 2e8, unit: 'USD', startDate: '2023-01-01', endDate: '2023-12-31', periodKind: 'year', quote: '200 ล้านดอลลาร์สหรัฐ' },
    ];
    const series = seriesOverTime(facts, { measure: 'export' });
    expect(series.map((s) => [s.unit, s.axisLabel, s.points.map((p) => p.value)])).toEqual([
      ['THB', 'THB billion', [5]],
      ['USD', 'USD million', [200]],
    ]);
  });

  it('keeps year-to-date points of different months apart and leaves out undated facts', () => {
    const facts: ChartFact[] = [
      { ...base, id: 'a', measure: 'export', value: 1e6, unit: 'USD', startDate: '2024-01-01', endDate: '2024-09-30', periodKind: 'ytd', quote: '1' },
      { ...base, id: 'b', measure: 'export', value: 2e6, unit: 'USD', startDate: '2025-01-01', endDate: '2025-10-31', periodKind: 'ytd', quote: '2' },
      { ...base, id: 'c', measure: 'export', value: 3e6, unit: 'USD', periodKind: 'none', quote: '3' },
    ];
    const series = seriesOverTime(facts, { measure: 'export' });
    expect(series).toHaveLength(2);
    expect(series.flatMap((s) => s.points.map((p) => p.factId)).sort()).toEqual(['a', 'b']);
  });
});

describe('acrossCounterparts', () => {
  it('compares one period across counterparts, largest first', () => {
    const facts: ChartFact[] = [
      { ...base, id: 'a', counterpart: 'จีน', subject: 'ไทย', measure: 'export', value: 1.19e12, unit: 'THB', startDate: '2022-01-01', endDate: '2022-12-31', periodKind: 'year', quote: '1.19 ล้านล้านบาท' },
      { ...base, id: 'b', counterpart: 'ญี่ปุ่น', subject: 'ไทย', measure: 'export', value: 0.9e12, unit: 'THB', startDate: '2022-01-01', endDate: '2022-12-31', periodKind: 'year', quote: '900,000 ล้านบาท' },
      { ...base, id: 'c', counterpart: 'ลาว', subject: 'ไทย', measure: 'export', value: 1e11, unit: 'THB', startDate: '2023-01-01', endDate: '2023-12-31', periodKind: 'year', quote: 'x' },
    ];
    const [s] = acrossCounterparts(facts, { measure: 'export', subject: 'ไทย', period: { startDate: '2022-01-01', endDate: '2022-12-31' } });
    expect(s?.points.map((p) => [p.label, p.displayValue])).toEqual([
      ['จีน', '1.19'],
      ['ญี่ปุ่น', '0.9'],
    ]);
    expect(s?.axisLabel).toBe('THB trillion');
  });
});

describe('shares', () => {
  it('keeps shares of exports and of trade apart and sums each', () => {
    const out = shares(haiphong, { subject: 'ไฮฟอง' });
    expect(out.map((s) => [s.key.split('|')[0], s.total, s.points.map((p) => p.label)])).toEqual([
      ['share_of_exports', 93, ['รองเท้า']],
      ['share_of_trade', 46, ['สิ่งทอ หนัง และกระดาษ', 'เครื่องจักรและอุปกรณ์อิเล็กทรอนิกส์']],
    ]);
    expect(out[0]?.label).toContain('no period stated');
  });
});

describe('scale and labels', () => {
  it('chooses a scale per unit and marks qualifiers and ranges', () => {
    expect(chooseScale('USD', [758.5e6]).name).toBe('million');
    expect(chooseScale('THB', [3.1e10]).name).toBe('billion');
    expect(chooseScale('%', [93]).factor).toBe(1);
    expect(chooseScale('โครงการ', [8]).factor).toBe(1);
    expect(displayValue(758.5e6, 'over', { factor: 1e6, name: 'million' })).toBe('> 758.5');
    expect(displayValue(5e6, 'exact', { factor: 1e6, name: 'million' }, 10e6)).toBe('5–10');
    expect(displayValue(3e6, 'approx', { factor: 1e6, name: 'million' })).toBe('≈ 3');
  });
});
