// Turns chart series into Recharts rows: one row per period label, one column per series, in period order.
import type { ChartPoint, ChartSeries } from '../../../shared/charts/chart-series';

export interface ChartRow {
  label: string;
  /** Series key -> value on the axis scale; `${key}:point` -> the point (for its label and its source). */
  [column: string]: number | string | ChartPoint | undefined;
}

export function chartRows(series: ChartSeries[]): ChartRow[] {
  const rows = new Map<string, { row: ChartRow; order: string }>();
  for (const s of series) {
    for (const p of s.points) {
      const entry = rows.get(p.label) ?? { row: { label: p.label }, order: `${p.startDate ?? ''}|${p.endDate ?? ''}` };
      entry.row[s.key] = p.value;
      entry.row[`${s.key}:point`] = p;
      rows.set(p.label, entry);
    }
  }
  return [...rows.values()].sort((a, b) => a.order.localeCompare(b.order)).map((e) => e.row);
}

/** Series grouped by unit: one chart per unit, since no currency is converted and % is not money. */
export function byUnit(series: ChartSeries[]): ChartSeries[][] {
  const groups = new Map<string, ChartSeries[]>();
  for (const s of series) groups.set(s.axisLabel, [...(groups.get(s.axisLabel) ?? []), s]);
  return [...groups.values()];
}
