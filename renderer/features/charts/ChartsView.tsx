// Charts of confirmed facts: one measure for one subject and counterpart over periods, and across counterparts.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { acrossCounterparts, seriesOverTime, shares, type ChartPoint, type ChartSeries } from '../../../shared/charts/chart-series';
import type { Measure } from '../../../shared/model/records';
import { notify } from '../../app/notices';
import { briefsRepo, factsRepo } from '../../db/repositories';
import { TYPE_STYLE } from '../annotate/type-styles';
import { localizeAcross, localizeOverTime } from './chart-labels';
import { byUnit, chartRows } from './series-chart-data';

const COLORS = [TYPE_STYLE.MONEY.color, TYPE_STYLE.PERSON.color, TYPE_STYLE.LOC.color, TYPE_STYLE.PROGRAMME.color, TYPE_STYLE.DATE.color];
const DASH: Record<ChartSeries['style'], string | undefined> = { solid: undefined, dashed: '6 4', dotted: '2 4', markers: '1 8' };
const uniq = (xs: Array<string | undefined>) => [...new Set(xs.filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'th'));

/** One measure over periods; `width` fixes the size for printing, where nothing is measured on screen. */
export function OverTimeChart({ series, onOpen, width }: { series: ChartSeries[]; onOpen?(p: ChartPoint): void; width?: number }) {
  const rows = chartRows(series);
  const chart = (
      <LineChart data={rows} width={width} height={width ? 300 : undefined} margin={{ top: 24, right: 30, left: 10, bottom: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" padding={{ left: 60, right: 60 }} />
        <YAxis label={{ value: series[0].axisLabel, angle: -90, position: 'insideLeft' }} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={COLORS[i % COLORS.length]}
            strokeDasharray={DASH[s.style]}
            isAnimationActive={false}
            connectNulls={false}
            dot={(props: { cx?: number; cy?: number; payload?: Record<string, unknown>; index?: number }) => {
              const point = props.payload?.[`${s.key}:point`] as ChartPoint | undefined;
              if (!point || props.cx === undefined || props.cy === undefined) return <g key={`${s.key}-${props.index}`} />;
              return (
                <circle
                  key={`${s.key}-${props.index}`}
                  className="chart-point"
                  data-label={point.displayValue}
                  cx={props.cx}
                  cy={props.cy}
                  r={6}
                  fill={COLORS[i % COLORS.length]}
                  style={{ cursor: 'pointer' }}
                  onClick={() => onOpen?.(point)}
                >
                  <title>{point.quote}</title>
                </circle>
              );
            }}
          >
            <LabelList dataKey={(row: Record<string, unknown>) => (row[`${s.key}:point`] as ChartPoint | undefined)?.displayValue ?? ''} position="top" />
          </Line>
        ))}
      </LineChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={320}>{chart}</ResponsiveContainer>;
}

function AcrossChart({ series, onOpen }: { series: ChartSeries; onOpen(p: ChartPoint): void }) {
  const rows = series.points.map((p) => ({ label: p.label, value: p.value, point: p }));
  return (
    <ResponsiveContainer width="100%" height={220}>
      <BarChart data={rows} margin={{ top: 24, right: 30, left: 10, bottom: 10 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis label={{ value: series.axisLabel, angle: -90, position: 'insideLeft' }} />
        <Tooltip />
        <Bar dataKey="value" name={series.label} fill={COLORS[0]} isAnimationActive={false} onClick={(d: { payload?: { point: ChartPoint } }) => d.payload && onOpen(d.payload.point)}>
          <LabelList dataKey={(row: { point: ChartPoint }) => row.point.displayValue} position="top" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ChartsView() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const facts = useLiveQuery(() => factsRepo.chartFacts(), []);
  const measures = useMemo(() => uniq((facts ?? []).map((f) => f.measure)) as Measure[], [facts]);
  const [measure, setMeasure] = useState<Measure>();
  const m = measure ?? measures[0];
  const subjects = useMemo(() => uniq((facts ?? []).filter((f) => f.measure === m).map((f) => f.subject)), [facts, m]);
  const [subject, setSubject] = useState<string>();
  const subj = subject && subjects.includes(subject) ? subject : subjects[0];
  const counterparts = useMemo(() => uniq((facts ?? []).filter((f) => f.measure === m && f.subject === subj).map((f) => f.counterpart)), [facts, m, subj]);
  const [counterpart, setCounterpart] = useState<string>();
  const cp = counterpart && counterparts.includes(counterpart) ? counterpart : counterparts[0];

  const addChartToBrief = async (q: { measure: Measure; subject?: string; counterpart?: string }) => {
    const { after } = await briefsRepo.addToCurrent({ id: crypto.randomUUID(), kind: 'chart', ...q }, t('briefs.untitled'));
    notify(t('briefs.added', { title: after.title }));
  };
  const open = (p: ChartPoint) => navigate(`/doc/${p.docId}${p.annotationId ? `?ann=${encodeURIComponent(p.annotationId)}` : ''}`);

  if (!facts) return <div className="loading">{t('common.loading')}</div>;
  if (facts.length === 0) {
    return (
      <div className="empty-state">
        <h2>{t('charts.title')}</h2>
        <p>{t('charts.empty')}</p>
      </div>
    );
  }
  const lang = i18n.language;
  const overTime = m ? localizeOverTime(seriesOverTime(facts, { measure: m, subject: subj, counterpart: cp }), { measure: m, subject: subj, counterpart: cp }, lang, t) : [];
  const across = m ? localizeAcross(acrossCounterparts(facts, { measure: m, subject: subj }), () => m, lang, t) : [];
  const shareSeries = localizeAcross(shares(facts, { subject: subj }), (s) => s.key.split('|')[0] as Measure, lang, t);
  return (
    <div className="charts">
      <header className="toolbar">
        <h1>{t('charts.title')}</h1>
        <label>
          {t('facts.measure')}{' '}
          <select value={m} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {measures.map((x) => (
              <option key={x} value={x}>
                {t(`facts.measures.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('facts.subject')}{' '}
          <select value={subj ?? ''} onChange={(e) => setSubject(e.target.value)}>
            {subjects.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <label>
          {t('facts.counterpart')}{' '}
          <select value={cp ?? ''} onChange={(e) => setCounterpart(e.target.value)}>
            {counterparts.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        {m && (
          <button onClick={() => void addChartToBrief({ measure: m, subject: subj, counterpart: cp })}>{t('briefs.addChart')}</button>
        )}
      </header>
      <section className="chart-card" aria-label={t('charts.overTime')}>
        <h2>{t('charts.overTime')}</h2>
        {overTime.length === 0 ? (
          <p className="muted">{t('charts.noPeriods')}</p>
        ) : (
          byUnit(overTime).map((group) => <OverTimeChart key={group[0].axisLabel} series={group} onOpen={open} />)
        )}
        <p className="muted">{t('charts.periodNote')}</p>
      </section>
      {shareSeries.length > 0 && (
        <section className="chart-card" aria-label={t('charts.shares')}>
          <h2>{t('charts.shares')}</h2>
          {shareSeries.map((s) => (
            <figure key={s.key} className="across">
              <figcaption>{s.label}</figcaption>
              <AcrossChart series={s} onOpen={open} />
            </figure>
          ))}
        </section>
      )}
      {across.length > 0 && (
        <section className="chart-card" aria-label={t('charts.across')}>
          <h2>{t('charts.across')}</h2>
          {across.map((s) => (
            <figure key={s.key} className="across">
              <figcaption>{s.label}</figcaption>
              <AcrossChart series={s} onOpen={open} />
            </figure>
          ))}
        </section>
      )}
    </div>
  );
}
