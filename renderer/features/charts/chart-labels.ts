// Chart labels in the UI language: periods in the language's calendar (Thai: BE years, Thai month names), series and axes named in it.
import type { TFunction } from 'i18next';
import type { ChartSeries } from '../../../shared/charts/chart-series';
import type { PeriodKind } from '../../../shared/model/fact';
import type { Measure } from '../../../shared/model/records';

const locale = (lang: string) => (lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB');

function parts(iso: string | undefined, lang: string) {
  if (!iso) return undefined;
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale(lang), { ...o, timeZone: 'UTC' }).format(date);
  return { year: fmt({ year: 'numeric' }).replace(/^พ\.ศ\.\s*/, ''), month: fmt({ month: 'short' }), day: String(d), quarter: Math.floor(((m ?? 1) - 1) / 3) + 1 };
}

export function localPeriodLabel(kind: PeriodKind, start: string | undefined, end: string | undefined, lang: string, t: TFunction): string {
  const s = parts(start, lang);
  const e = parts(end, lang);
  if (!s || !e) return t('charts.noPeriod');
  switch (kind) {
    case 'year':
      return s.year;
    case 'ytd':
      return `${s.month}–${e.month} ${e.year}`;
    case 'quarter':
      return t('charts.quarter', { n: s.quarter, year: s.year });
    case 'month':
      return `${s.month} ${s.year}`;
    case 'as_of':
      return t('charts.asOf', { date: `${e.day} ${e.month} ${e.year}` });
    case 'point':
      return `${s.day} ${s.month} ${s.year}`;
    default:
      return start === end ? `${s.day} ${s.month} ${s.year}` : `${s.day} ${s.month} ${s.year} – ${e.day} ${e.month} ${e.year}`;
  }
}

function localAxis(series: ChartSeries, t: TFunction): string {
  return series.scale.name ? `${series.unit} ${t(`charts.scale.${series.scale.name}`)}` : series.unit;
}

/** Over-time series relabelled: points by period, each series by measure, who, period kind and unit. */
export function localizeOverTime(series: ChartSeries[], q: { measure: Measure; subject?: string; counterpart?: string }, lang: string, t: TFunction): ChartSeries[] {
  const who = [q.subject, q.counterpart].filter(Boolean).join(' → ');
  return series.map((s) => {
    const last = s.points.at(-1);
    const family =
      s.periodKind === 'ytd' && last
        ? t('charts.family.ytd', { months: `${parts(last.startDate, lang)?.month}–${parts(last.endDate, lang)?.month}` })
        : t(`charts.family.${s.periodKind}`);
    const axis = localAxis(s, t);
    return {
      ...s,
      axisLabel: axis,
      label: `${t(`facts.measures.${q.measure}`)} ${who}, ${family} (${axis})`,
      points: s.points.map((p) => ({ ...p, label: localPeriodLabel(p.periodKind, p.startDate, p.endDate, lang, t) })),
    };
  });
}

/** Across-counterpart and share series: named by measure and period; their points stay named by counterpart. */
export function localizeAcross(series: ChartSeries[], measureOf: (s: ChartSeries) => Measure | undefined, lang: string, t: TFunction): ChartSeries[] {
  return series.map((s) => {
    const p = s.points[0];
    const measure = measureOf(s);
    const axis = localAxis(s, t);
    return {
      ...s,
      axisLabel: axis,
      label: `${measure ? t(`facts.measures.${measure}`) : ''}, ${p ? localPeriodLabel(p.periodKind, p.startDate, p.endDate, lang, t) : ''} (${axis})`,
    };
  });
}
