// A brief as a director reads it: title, date, author, summary, then the evidence, each piece with its citation. The preview and the print page are this.
import { useTranslation } from 'react-i18next';
import { seriesOverTime } from '../../../shared/charts/chart-series';
import { ENTITY_TYPES } from '../../../shared/model/annotation';
import type { AnnotationRecord, BriefItem } from '../../../shared/model/records';
import { formatDate, formatPeriod } from '../../app/format-date';
import type { BriefContent } from '../../db/briefs-repo';
import { formatFigure } from '../annotate/format-figure';
import { TYPE_STYLE } from '../annotate/type-styles';
import { localizeOverTime } from '../charts/chart-labels';
import { OverTimeChart } from '../charts/ChartsView';
import { runsOf } from '../reader/text-layout';
import { citationOrder } from './citations';

const PRINT_CHART_WIDTH = 640;

function Excerpt({ text, start, end, annotations }: { text: string; start: number; end: number; annotations: AnnotationRecord[] }) {
  const kept = annotations.filter((a) => a.status !== 'rejected' && a.status !== 'suggested' && a.start < end && a.end > start);
  const runs = runsOf({ index: 0, start, end }, kept);
  return (
    <blockquote className="brief-excerpt">
      {runs.map((r) => {
        const a = r.covering[0];
        const chunk = text.slice(r.start, r.end);
        return a ? (
          <mark key={r.start} className="brief-mark" style={{ borderBottomColor: TYPE_STYLE[a.type].color, background: `${TYPE_STYLE[a.type].color}22` }} data-letter={a.start === r.start ? TYPE_STYLE[a.type].letter : undefined}>
            {chunk}
          </mark>
        ) : (
          <span key={r.start}>{chunk}</span>
        );
      })}
    </blockquote>
  );
}

export function BriefDocument({ content, onRemove, onMove }: { content: BriefContent; onRemove?(id: string): void; onMove?(id: string, by: -1 | 1): void }) {
  const { t, i18n } = useTranslation();
  const { brief, documents, annotations, facts, chartFacts } = content;
  const order = citationOrder(content);
  const cite = (docId: string) => {
    const n = order.indexOf(docId);
    return n < 0 ? null : <sup className="cite">[{n + 1}]</sup>;
  };
  const figureOf = (docId: string, id: string) => annotations.get(docId)?.find((a) => a.id === id);

  const renderItem = (item: BriefItem) => {
    switch (item.kind) {
      case 'excerpt': {
        const doc = documents.get(item.docId);
        if (!doc) return <p className="muted">{t('briefs.missing')}</p>;
        return (
          <>
            <Excerpt text={doc.text} start={item.start} end={item.end} annotations={annotations.get(item.docId) ?? []} />
            <p className="brief-source">
              — {doc.title} {cite(item.docId)}
            </p>
          </>
        );
      }
      case 'chart': {
        const series = localizeOverTime(seriesOverTime(chartFacts, item), item, i18n.language, t);
        return (
          <figure className="brief-chart">
            {series.length ? <OverTimeChart series={series} width={PRINT_CHART_WIDTH} /> : <p className="muted">{t('charts.noPeriods')}</p>}
            <figcaption>
              {t(`facts.measures.${item.measure}`)} {item.subject ?? ''} {item.counterpart ? `→ ${item.counterpart}` : ''}. {t('briefs.chartNote')}{' '}
              {[...new Set(series.flatMap((s) => s.points.map((p) => p.docId)))].map((d) => (
                <span key={d}>{cite(d)}</span>
              ))}
            </figcaption>
          </figure>
        );
      }
      case 'figures':
        return (
          <table className="brief-table">
            <thead>
              <tr>
                <th>{t('facts.measure')}</th>
                <th>{t('facts.subject')}</th>
                <th>{t('facts.counterpart')}</th>
                <th>{t('figures.col.value')}</th>
                <th>{t('figures.col.period')}</th>
                <th>{t('briefs.source')}</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((f) => {
                const fig = figureOf(f.docId, f.annotationId);
                const period = formatPeriod(f.startDate, f.endDate, i18n.language);
                return (
                  <tr key={f.id}>
                    <td>{t(`facts.measures.${f.measure}`)}</td>
                    <td>{f.subject}</td>
                    <td>{f.counterpart}</td>
                    <td className="nowrap">{fig && 'value' in fig ? formatFigure(fig, i18n.language) : ''}</td>
                    <td className="nowrap">{period}</td>
                    <td>{cite(f.docId)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      case 'entities': {
        const excerpts = brief.items.filter((i) => i.kind === 'excerpt');
        const names = new Map<string, Set<string>>();
        for (const ex of excerpts) {
          for (const a of annotations.get(ex.docId) ?? []) {
            if (a.status === 'rejected' || !(ENTITY_TYPES as readonly string[]).includes(a.type) || a.start >= ex.end || a.end <= ex.start) continue;
            names.set(a.type, (names.get(a.type) ?? new Set()).add(a.quote));
          }
        }
        return (
          <dl className="brief-entities">
            {ENTITY_TYPES.filter((ty) => names.has(ty)).map((ty) => (
              <div key={ty}>
                <dt>{t(`types.${ty}`)}</dt>
                <dd>{[...names.get(ty)!].join(', ')}</dd>
              </div>
            ))}
          </dl>
        );
      }
    }
  };

  return (
    <article className="brief-document">
      <header>
        <h1>{brief.title}</h1>
        <p className="brief-meta">
          {formatDate(brief.updatedAt.slice(0, 10), i18n.language)}
          {brief.author ? ` · ${brief.author}` : ''}
        </p>
      </header>
      {brief.summary && <section className="brief-summary">{brief.summary.split('\n').map((line, i) => <p key={i}>{line}</p>)}</section>}
      {brief.items.map((item, i) => (
        <section key={item.id} className="brief-item" data-kind={item.kind}>
          {(onRemove || onMove) && (
            <div className="brief-item-actions no-print">
              <button onClick={() => onMove?.(item.id, -1)} disabled={i === 0} aria-label={t('briefs.moveUp')}>
                ↑
              </button>
              <button onClick={() => onMove?.(item.id, 1)} disabled={i === brief.items.length - 1} aria-label={t('briefs.moveDown')}>
                ↓
              </button>
              <button className="danger" onClick={() => onRemove?.(item.id)}>
                {t('common.delete')}
              </button>
            </div>
          )}
          <h2>{t(`briefs.kinds.${item.kind}`)}</h2>
          {renderItem(item)}
        </section>
      ))}
      {order.length > 0 && (
        <section className="brief-citations">
          <h2>{t('briefs.sources')}</h2>
          <ol>
            {order.map((docId) => {
              const d = documents.get(docId)!;
              return (
                <li key={docId}>
                  {d.title}. {d.date ? `${formatDate(d.date, i18n.language)}. ` : ''}
                  {d.sourceUrl ? <span className="url">{d.sourceUrl}</span> : null} <span className="file-name">({d.fileName})</span>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </article>
  );
}
