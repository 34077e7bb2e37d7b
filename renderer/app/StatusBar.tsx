// The status line: what is being imported, how many documents the library holds, the UI language.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../db/repositories';
import { useImport } from '../features/library/import-context';
import { searchClient } from '../features/search/search-client';
import type { IndexStatus } from '../features/search/search-protocol';
import { dismissNotice, useNotice } from './notices';

export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { progress } = useImport();
  const count = useLiveQuery(() => db.documents.count(), [], 0);
  const notice = useNotice();
  // The search index, while it is being built (a restart's load, or an import's new documents).
  const [index, setIndex] = useState<IndexStatus | undefined>(searchClient.status());
  useEffect(() => searchClient.onStatus(setIndex), []);
  return (
    <footer className="status" role="status">
      <span>{t('status.documents', { count })}</span>
      {progress && (
        <span className="status-import">
          {t('import.progress', { done: progress.done, total: progress.total, file: progress.current })}
          <progress max={progress.total} value={progress.done} />
        </span>
      )}
      {index && index.state !== 'ready' && !progress && (
        <span className="status-index">
          {index.total === 0 ? t('status.indexLoading') : t('status.indexing', { indexed: index.indexed, total: index.total })}
        </span>
      )}
      {notice && (
        <span className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button className="link" onClick={dismissNotice} aria-label={t('common.dismiss')}>
            ✕
          </button>
        </span>
      )}
      <span className="status-lang">{i18n.language === 'th' ? 'ไทย' : 'English'}</span>
    </footer>
  );
}
