// The summary after an import: how many came in, and each refused file with its reason.
import { useTranslation } from 'react-i18next';
import type { FileResult } from './import-runner';

export function ImportReport({ results, onDismiss }: { results: FileResult[]; onDismiss(): void }) {
  const { t } = useTranslation();
  const imported = results.filter((r) => r.status === 'imported').length;
  const refused = results.filter((r) => r.status === 'refused');
  const skipped = results.filter((r) => r.status === 'skipped');
  const cancelled = results.filter((r) => r.status === 'cancelled').length;
  const warned = results.filter((r) => r.status === 'imported' && r.warnings?.length);
  return (
    <section className={`import-report ${refused.length ? 'has-refusals' : ''}`} aria-label={t('import.report')}>
      <header>
        <strong>
          {t('import.summary', { imported, refused: refused.length })}
          {skipped.length > 0 && <> · {t('import.skippedCount', { count: skipped.length })}</>}
          {cancelled > 0 && <> · {t('import.cancelledCount', { count: cancelled })}</>}
        </strong>
        <button className="link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </header>
      {refused.length > 0 && (
        <ul className="refusals">
          {refused.map((r, i) =>
            r.status === 'refused' ? (
              <li key={i} className="refusal">
                <span className="file">{r.file}</span>: {t(`import.refused.${r.refusal.reason}`, { detail: r.refusal.detail ?? '' })}
              </li>
            ) : null,
          )}
        </ul>
      )}
      {warned.length > 0 && (
        <ul className="warnings">
          {warned.map((r, i) =>
            r.status === 'imported' ? (
              <li key={i}>
                <span className="file">{r.file}</span>: {t('import.warning')} {r.warnings!.join('; ')}
              </li>
            ) : null,
          )}
        </ul>
      )}
      {skipped.length > 0 && (
        <details className="skipped">
          <summary>{t('import.skippedList')}</summary>
          <ul>
            {skipped.map((r, i) => (
              <li key={i}>
                <span className="file">{r.file}</span>: {t('import.skippedReason')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
