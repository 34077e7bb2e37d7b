// The library: every document with its date, source and annotation counts; import, sample, filter, sort, delete.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentRecord } from '../../../shared/model/records';
import { ConfirmDialog } from '../../app/components/ConfirmDialog';
import { formatDate } from '../../app/format-date';
import type { LibrarySort } from '../../db/documents-repo';
import { annotationsRepo, db, documentsRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { deleteDocument } from '../annotate/annotation-commands';
import { useImport } from './import-context';
import { ImportReport } from './ImportReport';
import { usePolled } from '../../app/use-polled';

const PAGE = 200;

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function Counts({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const counts = useLiveQuery(() => annotationsRepo.counts(docId), [docId]);
  if (!counts) return null;
  return (
    <span className="counts">
      {t('library.kept', { count: counts.kept })}
      {counts.suggested > 0 && <> · {t('library.suggested', { count: counts.suggested })}</>}
    </span>
  );
}

export function LibraryView() {
  const { t, i18n } = useTranslation();
  const { pickAndImport, importSample, report, dismissReport, progress, cancel } = useImport();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('imported');
  const [limit, setLimit] = useState(PAGE);
  const [toDelete, setToDelete] = useState<DocumentRecord>();
  // During an import the list refreshes every two seconds rather than after every stored chunk.
  const importing = !!progress;
  const total = useLiveQuery(() => db.documents.count(), [], undefined);
  const live = useLiveQuery(() => (importing ? undefined : documentsRepo.page({ query, sort, limit })), [query, sort, limit, importing]);
  const polled = usePolled(() => documentsRepo.page({ query, sort, limit }), importing ? 2000 : 0, [query, sort, limit]);
  const shown = (importing ? (polled ?? live) : live) ?? [];

  return (
    <div className="library">
      <header className="toolbar">
        <h1>{t('library.title')}</h1>
        <button className="primary" onClick={() => void pickAndImport('files')} disabled={!!progress}>
          {t('import.button')}
        </button>
        <button onClick={() => void pickAndImport('folder')} disabled={!!progress}>
          {t('import.folderButton')}
        </button>
        <input
          type="search"
          placeholder={t('library.filter')}
          aria-label={t('library.filter')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          {t('library.sortBy')}{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as LibrarySort)}>
            <option value="imported">{t('library.sort.imported')}</option>
            <option value="title">{t('library.sort.title')}</option>
            <option value="date">{t('library.sort.date')}</option>
          </select>
        </label>
      </header>
      {progress && (
        <div className="import-progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <progress max={progress.total} value={progress.done} />
          <span>{t('import.progress', { done: progress.done, total: progress.total, file: progress.current })}</span>
          {progress.refused > 0 && <span className="refused-count">{t('import.refusedSoFar', { count: progress.refused })}</span>}
          <button onClick={cancel}>{t('common.cancel')}</button>
        </div>
      )}
      {report && <ImportReport results={report} onDismiss={dismissReport} />}
      {total === 0 ? (
        <div className="empty-state">
          <h2>{t('library.empty.title')}</h2>
          <p>{t('library.empty.howTo')}</p>
          <div className="empty-actions">
            <button className="primary" onClick={() => void pickAndImport('files')}>
              {t('import.button')}
            </button>
            <button onClick={() => void importSample()}>{t('library.trySample')}</button>
          </div>
        </div>
      ) : (
        <table className="doc-table">
          <thead>
            <tr>
              <th>{t('library.col.title')}</th>
              <th>{t('library.col.date')}</th>
              <th>{t('library.col.source')}</th>
              <th>{t('library.col.annotations')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id} className="doc-row">
                <td>
                  <Link to={`/doc/${d.id}`} className="doc-title">
                    {d.title}
                  </Link>
                  <div className="file-name">{d.fileName}</div>
                </td>
                <td className="nowrap">{formatDate(d.date, i18n.language)}</td>
                <td className="source">{hostOf(d.sourceUrl)}</td>
                <td>
                  {!importing && <Counts docId={d.id} />}
                </td>
                <td>
                  <button className="icon danger" aria-label={t('library.delete', { title: d.title })} title={t('common.delete')} onClick={() => setToDelete(d)}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('library.noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {shown.length === limit && (
        <div className="more">
          <button onClick={() => setLimit(limit + PAGE)}>{t('library.showMore', { shown: shown.length, total: total ?? 0 })}</button>
        </div>
      )}
      {toDelete && (
        <ConfirmDialog
          message={t('library.confirmDelete', { title: toDelete.title })}
          confirmLabel={t('common.delete')}
          onCancel={() => setToDelete(undefined)}
          onConfirm={() => {
            void history.run(deleteDocument(documentsRepo, toDelete.id));
            setToDelete(undefined);
          }}
        />
      )}
    </div>
  );
}
