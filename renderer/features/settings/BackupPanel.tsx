// Back up the workspace to one file, or restore (merge) one; the same actions the File menu triggers.
import { useTranslation } from 'react-i18next';
import { useWorkspaceActions } from './use-workspace-actions';

export function BackupPanel() {
  const { t } = useTranslation();
  const { backup, restore, busy } = useWorkspaceActions();
  return (
    <section className="settings-section" aria-label={t('backup.title')}>
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('backup.explain')}</p>
      <div className="row">
        <button onClick={() => void backup()} disabled={busy}>
          {t('backup.backup')}
        </button>
        <button onClick={() => void restore()} disabled={busy}>
          {t('backup.restore')}
        </button>
      </div>
    </section>
  );
}
