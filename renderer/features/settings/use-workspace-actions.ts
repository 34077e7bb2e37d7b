// Backup and restore with their feedback in the UI language; used by the settings page and the application menu.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../app/notices';
import { db } from '../../db/repositories';
import { platform } from '../../platform/platform';
import { backupWorkspace, restoreWorkspaceFromChoice } from './backup-actions';

export function useWorkspaceActions() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      notify(t('backup.failed', { reason: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setBusy(false);
    }
  }, [t]);

  const backup = useCallback(
    () =>
      run(async () => {
        const where = await backupWorkspace(db, platform);
        if (where) notify(t('backup.written', { file: where }));
      }),
    [run, t],
  );

  const restore = useCallback(
    () =>
      run(async () => {
        const summary = await restoreWorkspaceFromChoice(db, platform);
        if (summary) {
          notify(t('backup.restored', { documents: summary.added.documents, annotations: summary.added.annotations, skipped: summary.skipped.documents }));
        }
      }),
    [run, t],
  );

  return { backup, restore, busy };
}
