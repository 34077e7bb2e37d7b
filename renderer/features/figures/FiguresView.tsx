// Every figure in the library in one table: filter, sort, jump to its place in the text, export as CSV.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FIGURE_TYPES } from '../../../shared/model/annotation';
import { notify } from '../../app/notices';
import { formatDate, formatPeriod } from '../../app/format-date';
import type { FigureRow } from '../../db/figures-repo';
import { figuresRepo } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { formatFigure } from '../annotate/format-figure';
import { TYPE_STYLE } from '../annotate/type-styles';
import { figuresCsv } from './figures-csv';

type SortKey = 'document' | 'value' | 'period';
const LIMIT = 20000;
const PAGE = 500;

export function FiguresView() {
  const { t, i18n } = useTranslation();
  const [includeSuggestions, setIncludeSuggestions] = useState(false);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string>('');
  const [sort, setSort] = useState<SortKey>('document');
  const [shownCount, setShownCount] = useState(PAGE);
  const rows = useLiveQuery(() => figuresRepo.list({ includeSuggestions, limit: LIMIT }), [includeSuggestions]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const kept = (rows ?? []).filter(
      (r) => (!type || r.figure.type === type) && (!q || [r.figure.quote, r.document.title, r.figure.unit].some((f) => f.toLowerCase().includes(q))),
    );
    const by: Record<SortKey, (a: FigureRow, b: FigureRow) => number> = {
      document: (a, b) => (b.document.date ?? '').localeCompare(a.document.date ?? '') || a.document.title.localeCompare(b.document.title) || a.figure.start - b.figure.start,
      value: (a, b) => b.figure.value - a.figure.value,
      period: (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''),
    };
    return kept.sort(by[sort]);
  }, [rows, query, type, sort]);

  const exportCsv = async () => {
    const name = `figures-${new Date().toISOString().slice(0, 10)}.csv`;
    const where = await platform.saveFile(name, figuresCsv(shown));
    if (where) notify(t('figures.exported', { count: shown.length, file: where }));
  };

  return (
    <div className="figures">
      <header className="toolbar">
        <h1>{t('figures.title')}</h1>
        <input type="search" placeholder={t('figures.filter')} aria-label={t('figures.filter')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          {t('figures.type')}{' '}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t('figures.allTypes')}</option>
            {FIGURE_TYPES.map((ft) => (
              <option key={ft} value={ft}>
                {t(`types.${ft}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="document">{t('figures.sort.document')}</option>
            <option value="value">{t('figures.sort.value')}</option>
            <option value="period">{t('figures.sort.period')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={includeSuggestions} onChange={(e) => setIncludeSuggestions(e.target.checked)} /> {t('figures.includeSuggestions')}
        </label>
        <span className="spacer" />
        <button onClick={() => void exportCsv()} disabled={shown.length === 0}>
          {t('figures.exportCsv')}
        </button>
      </header>
      {rows && shown.length === 0 ? (
        <div className="empty-state">
          <p>{includeSuggestions ? t('figures.emptyAll') : t('figures.empty')}</p>
        </div>
      ) : (
        <table className="doc-table figures-table">
          <thead>
            <tr>
              <th>{t('figures.col.document')}</th>
              <th>{t('figures.col.quote')}</th>
              <th>{t('figures.type')}</th>
              <th>{t('figures.col.value')}</th>
              <th>{t('figures.col.period')}</th>
              <th>{t('figures.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, shownCount).map((r) => (
              <tr key={r.figure.id} className="figure-row">
                <td>
                  <Link className="doc-title" to={`/doc/${r.document.id}?ann=${encodeURIComponent(r.figure.id)}`} title={t('figures.jump')}>
                    {r.document.title}
                  </Link>
                  <div className="file-name">{formatDate(r.document.date, i18n.language)}</div>
                </td>
                <td>
                  <q>{r.figure.quote}</q>
                </td>
                <td className="nowrap">
                  <span className="type-badge" style={{ background: TYPE_STYLE[r.figure.type].color }}>
                    {TYPE_STYLE[r.figure.type].letter}
                  </span>
                  {t(`types.${r.figure.type}`)}
                </td>
                <td className="nowrap figure-value">{formatFigure(r.figure, i18n.language)}</td>
                <td className="nowrap">{formatPeriod(r.startDate, r.endDate, i18n.language)}</td>
                <td>{t(`figures.status.${r.figure.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted more">
        {t('figures.count', { count: shown.length })}
        {rows && rows.length >= LIMIT && ` ${t('figures.capped', { limit: LIMIT })}`}{' '}
        {shown.length > shownCount && <button onClick={() => setShownCount(shownCount + PAGE)}>{t('library.showMore', { shown: shownCount, total: shown.length })}</button>}
      </p>
    </div>
  );
}
