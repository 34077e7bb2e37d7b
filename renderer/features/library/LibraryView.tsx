// The library: every document with its date, source and annotation counts; import, sample, filter, sort, delete.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentRecord } from '../../../shared/model/records';
import { ConfirmDialog } from '../../app/components/ConfirmDialog';
import { formatDate } from '../../app/format-date';
import { annotationsRepo, db, documentsRepo } from '../../db/repositories';
import { history } from '../annotate/app-history';
import { deleteDocument } from '../annotate/annotation-commands';
import { useImport } from './import-context';
import { ImportReport } from './ImportReport';

type SortKey = 'imported' | 'title' | 'date';

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function sortAndFilter(docs: DocumentRecord[], query: string, sort: SortKey): DocumentRecord[] {
  const q = query.trim().toLowerCase();
  const shown = q
    ? docs.filter((d) => [d.title, d.fileName, d.sourceUrl ?? ''].some((f) => f.toLowerCase().includes(q)))
    : docs.slice();
  const by: Record<SortKey, (a: DocumentRecord, b: DocumentRecord) => number> = {
    imported: (a, b) => b.importedAt.localeCompare(a.importedAt),
    title: (a, b) => a.title.localeCompare(b.title, 'th'),
    date: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
  };
  return shown.sort(by[sort]);
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
  const docs = useLiveQuery(() => db.documents.toArray(), []);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('imported');
  const [toDelete, setToDelete] = useState<DocumentRecord>();
  const shown = useMemo(() => sortAndFilter(docs ?? [], query, sort), [docs, query, sort]);

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
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
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
      {docs && docs.length === 0 ? (
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
                  <Counts docId={d.id} />
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
