// Builds chart series from facts: one measure over time, across counterparts, and shares; never mixes units or period kinds.
import { QUALIFIER_SIGN, type Qualifier } from '../model/annotation';
import type { PeriodKind } from '../model/fact';
import type { Measure } from '../model/records';
import type { ChartFact } from './chart-fact';

/** How a series is drawn: full years solid, year-to-date dashed, single dates as markers only. */
export type SeriesStyle = 'solid' | 'dashed' | 'dotted' | 'markers';

export interface Scale {
  /** Base units per axis unit (1e6 for millions). */
  factor: number;
  /** Word shown after the unit on the axis (`million`), empty for none. */
  name: string;
}

export interface ChartPoint {
  /** Category or period label (`2024`, `Jan–Oct 2025`, `เบลเยียม`). */
  label: string;
  /** Value in the axis scale (25 for 25 000 000 on a `USD million` axis). */
  value: number;
  valueMax?: number;
  /** What the label on the point says: `> 25`, `≈ 3.1`, `5–10`. */
  displayValue: string;
  qualifier: Qualifier;
  unit: string;
  periodKind: PeriodKind;
  startDate?: string;
  endDate?: string;
  factId: string;
  docId: string;
  quote: string;
  /** The figure annotation behind the point. */
  annotationId?: string;
}

export interface ChartSeries {
  key: string;
  /** Legend label, naming the period kind (`export ไฮฟอง → เบลเยียม, year to date (Jan–Oct)`). */
  label: string;
  unit: string;
  periodKind: PeriodKind;
  style: SeriesStyle;
  scale: Scale;
  /** Axis label with the unit: `USD million`, `%`, `โครงการ`. */
  axisLabel: string;
  points: ChartPoint[];
}

const CURRENCY = /^[A-Z]{3}$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const SCALES: readonly Scale[] = [
  { factor: 1e12, name: 'trillion' },
  { factor: 1e9, name: 'billion' },
  { factor: 1e6, name: 'million' },
  { factor: 1e3, name: 'thousand' },
];

/** The axis scale for values of one unit: currencies and large counts in thousands..trillions, percent as is. */
export function chooseScale(unit: string, values: readonly number[]): Scale {
  if (unit === '%') return { factor: 1, name: '' };
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const minimum = CURRENCY.test(unit) ? 1e3 : 1e6; // counts stay in plain numbers up to a million
  for (const s of SCALES) if (s.factor >= minimum && max >= s.factor) return s;
  if (CURRENCY.test(unit) && max >= 1e3) return { factor: 1e3, name: 'thousand' };
  return { factor: 1, name: '' };
}

export function axisLabel(unit: string, scale: Scale): string {
  return scale.name === '' ? unit : `${unit} ${scale.name}`;
}

function formatNumber(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** `over 25 million` on a million scale shows as `> 25`; a range as `5–10`. */
export function displayValue(value: number, qualifier: Qualifier, scale: Scale, valueMax?: number): string {
  const main = formatNumber(value / scale.factor);
  const range = valueMax === undefined ? main : `${main}–${formatNumber(valueMax / scale.factor)}`;
  return `${QUALIFIER_SIGN[qualifier]}${range}`;
}

function ymd(date: string | undefined): { y: number; m: number; d: number } | undefined {
  const m = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/** A period's label by its kind: `2024`, `Jan–Oct 2025`, `Q1 2024`, `Jan 2024`, `as of 31 Oct 2025`. */
export function periodLabel(kind: PeriodKind, startDate?: string, endDate?: string): string {
  const s = ymd(startDate);
  const e = ymd(endDate);
  if (s === undefined || e === undefined) return 'no period';
  const month = (k: number) => MONTHS[k - 1] ?? String(k);
  switch (kind) {
    case 'year':
      return String(s.y);
    case 'ytd':
      return `${month(s.m)}–${month(e.m)} ${e.y}`;
    case 'quarter':
      return `Q${Math.floor((s.m - 1) / 3) + 1} ${s.y}`;
    case 'month':
      return `${month(s.m)} ${s.y}`;
    case 'as_of':
      return `as of ${e.d} ${month(e.m)} ${e.y}`;
    case 'point':
      return `${s.d} ${month(s.m)} ${s.y}`;
    default:
      return startDate === endDate ? (startDate ?? '') : `${startDate ?? ''} – ${endDate ?? ''}`;
  }
}

/** Period kinds that may share one line: full years with full years, Jan–Oct with Jan–Oct only. */
function periodFamily(f: ChartFact): string {
  if (f.periodKind === 'ytd') return `ytd:${ymd(f.endDate)?.m ?? '?'}`;
  return f.periodKind;
}

function familyLabel(f: ChartFact): string {
  const e = ymd(f.endDate);
  switch (f.periodKind) {
    case 'year':
      return 'full year';
    case 'ytd':
      return `year to date (Jan–${e ? (MONTHS[e.m - 1] ?? '') : '?'})`;
    case 'quarter':
      return 'quarterly';
    case 'month':
      return 'monthly';
    case 'as_of':
      return 'as of date';
    case 'point':
      return 'single dates';
    case 'other':
      return 'other periods';
    default:
      return 'no period';
  }
}

function styleOf(kind: PeriodKind): SeriesStyle {
  if (kind === 'year' || kind === 'quarter' || kind === 'month') return 'solid';
  if (kind === 'ytd') return 'dashed';
  if (kind === 'other') return 'dotted';
  return 'markers';
}

const MEASURE_LABEL: Record<Measure, string> = {
  export: 'exports',
  import: 'imports',
  trade_total: 'total trade',
  fdi_stock: 'FDI value',
  fdi_projects: 'FDI projects',
  share_of_exports: 'share of exports',
  share_of_trade: 'share of trade',
  growth_target: 'growth target',
  other: 'other',
};

function sameName(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const x = a.normalize('NFC').trim();
  const y = b.normalize('NFC').trim();
  return x.includes(y) || y.includes(x);
}

function byPeriod(a: ChartPoint, b: ChartPoint): number {
  return (a.startDate ?? '').localeCompare(b.startDate ?? '') || (a.endDate ?? '').localeCompare(b.endDate ?? '');
}

function toPoint(f: ChartFact, scale: Scale, label: string): ChartPoint {
  const p: ChartPoint = {
    label,
    value: f.value / scale.factor,
    displayValue: displayValue(f.value, f.qualifier, scale, f.valueMax),
    qualifier: f.qualifier,
    unit: f.unit,
    periodKind: f.periodKind,
    factId: f.id,
    docId: f.docId,
    quote: f.quote,
  };
  if (f.valueMax !== undefined) p.valueMax = f.valueMax / scale.factor;
  if (f.startDate !== undefined) p.startDate = f.startDate;
  if (f.endDate !== undefined) p.endDate = f.endDate;
  if (f.annotationId !== undefined) p.annotationId = f.annotationId;
  return p;
}

function scalesByUnit(facts: readonly ChartFact[]): Map<string, Scale> {
  const values = new Map<string, number[]>();
  for (const f of facts) {
    const list = values.get(f.unit) ?? [];
    list.push(f.value, f.valueMax ?? f.value);
    values.set(f.unit, list);
  }
  return new Map([...values].map(([unit, v]) => [unit, chooseScale(unit, v)]));
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

export interface OverTimeQuery {
  measure: Measure;
  subject?: string;
  counterpart?: string;
}

/**
 * One measure for one subject and counterpart over periods. Facts are split by unit (no currency is
 * converted) and by period kind: full-year and year-to-date values are separate, labelled series.
 * Facts without a period are left out. Series come sorted by unit, then full years first.
 */
export function seriesOverTime(facts: readonly ChartFact[], q: OverTimeQuery): ChartSeries[] {
  const chosen = facts.filter(
    (f) =>
      f.measure === q.measure &&
      f.periodKind !== 'none' &&
      f.startDate !== undefined &&
      (q.subject === undefined || sameName(f.subject, q.subject)) &&
      (q.counterpart === undefined || sameName(f.counterpart, q.counterpart)),
  );
  const scales = scalesByUnit(chosen);
  const who = [q.subject, q.counterpart].filter((x): x is string => x !== undefined).join(' → ');
  const order: PeriodKind[] = ['year', 'ytd', 'quarter', 'month', 'as_of', 'point', 'other', 'none'];
  const series: ChartSeries[] = [];
  for (const [key, group] of groupBy(chosen, (f) => `${f.unit}|${periodFamily(f)}`)) {
    const first = group[0];
    if (first === undefined) continue;
    const scale = scales.get(first.unit) ?? { factor: 1, name: '' };
    const points = group.map((f) => toPoint(f, scale, periodLabel(f.periodKind, f.startDate, f.endDate))).sort(byPeriod);
    series.push({
      key,
      label: `${MEASURE_LABEL[q.measure]}${who ? ` ${who}` : ''}, ${familyLabel(first)} (${axisLabel(first.unit, scale)})`,
      unit: first.unit,
      periodKind: first.periodKind,
      style: styleOf(first.periodKind),
      scale,
      axisLabel: axisLabel(first.unit, scale),
      points,
    });
  }
  return series.sort((a, b) => a.unit.localeCompare(b.unit) || order.indexOf(a.periodKind) - order.indexOf(b.periodKind) || a.key.localeCompare(b.key));
}

export interface AcrossQuery {
  measure: Measure;
  subject?: string;
  /** The exact period to compare; facts of other periods are left out. */
  period?: { startDate?: string; endDate?: string };
}

/** The same measure and period across counterparts, one series per unit, largest first. */
export function acrossCounterparts(facts: readonly ChartFact[], q: AcrossQuery): ChartSeries[] {
  const chosen = facts.filter(
    (f) =>
      f.measure === q.measure &&
      f.counterpart !== undefined &&
      (q.subject === undefined || sameName(f.subject, q.subject)) &&
      (q.period === undefined || (f.startDate === q.period.startDate && f.endDate === q.period.endDate)),
  );
  const scales = scalesByUnit(chosen);
  const series: ChartSeries[] = [];
  for (const [key, group] of groupBy(chosen, (f) => `${f.unit}|${periodFamily(f)}|${f.startDate ?? ''}|${f.endDate ?? ''}`)) {
    const first = group[0];
    if (first === undefined) continue;
    const scale = scales.get(first.unit) ?? { factor: 1, name: '' };
    const period = periodLabel(first.periodKind, first.startDate, first.endDate);
    series.push({
      key,
      label: `${MEASURE_LABEL[q.measure]}${q.subject ? ` ${q.subject}` : ''} by counterpart, ${period} (${axisLabel(first.unit, scale)})`,
      unit: first.unit,
      periodKind: first.periodKind,
      style: 'solid',
      scale,
      axisLabel: axisLabel(first.unit, scale),
      points: group.map((f) => toPoint(f, scale, f.counterpart ?? '')).sort((a, b) => b.value - a.value),
    });
  }
  return series.sort((a, b) => a.key.localeCompare(b.key));
}

export interface SharesQuery {
  /** share_of_exports or share_of_trade; both when absent (as separate series). */
  measure?: Extract<Measure, 'share_of_exports' | 'share_of_trade'>;
  subject?: string;
  counterpart?: string;
}

export interface ShareSeries extends ChartSeries {
  /** Sum of the shares shown; the rest (100 - total) is what the text does not break down. */
  total: number;
}

/** Shares (percent) of exports or of trade, one series per measure and period, labelled by what they are shares of. */
export function shares(facts: readonly ChartFact[], q: SharesQuery = {}): ShareSeries[] {
  const chosen = facts.filter(
    (f) =>
      (f.measure === 'share_of_exports' || f.measure === 'share_of_trade') &&
      (q.measure === undefined || f.measure === q.measure) &&
      f.unit === '%' &&
      (q.subject === undefined || sameName(f.subject, q.subject)) &&
      (q.counterpart === undefined || sameName(f.counterpart, q.counterpart)),
  );
  const scale: Scale = { factor: 1, name: '' };
  const out: ShareSeries[] = [];
  for (const [key, group] of groupBy(chosen, (f) => `${f.measure}|${f.startDate ?? ''}|${f.endDate ?? ''}`)) {
    const first = group[0];
    if (first === undefined) continue;
    const period = first.periodKind === 'none' ? 'no period stated' : periodLabel(first.periodKind, first.startDate, first.endDate);
    const points = group.map((f) => toPoint(f, scale, f.label ?? f.counterpart ?? f.quote)).sort((a, b) => b.value - a.value);
    out.push({
      key,
      label: `${MEASURE_LABEL[first.measure]}, ${period} (%)`,
      unit: '%',
      periodKind: first.periodKind,
      style: styleOf(first.periodKind),
      scale,
      axisLabel: '%',
      points,
      total: group.reduce((s, f) => s + f.value, 0),
    });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
