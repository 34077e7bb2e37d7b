// The largest file import reads, in megabytes (default 50): bigger files are refused with the reason, unread.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MAX_IMPORT_BYTES } from '../../../shared/platform';
import { settingsRepo } from '../../db/repositories';
import { MAX_IMPORT_SETTING } from '../library/import-context';

const DEFAULT_MB = DEFAULT_MAX_IMPORT_BYTES / 1024 / 1024;

export function ImportLimitSetting() {
  const { t } = useTranslation();
  const value = useLiveQuery(() => settingsRepo.get(MAX_IMPORT_SETTING, DEFAULT_MB), [], DEFAULT_MB);
  return (
    <section className="settings-section">
      <label>
        {t('settings.maxImport')}{' '}
        <input
          type="number"
          min={1}
          max={2048}
          value={value}
          onChange={(e) => {
            const mb = Math.round(Number(e.target.value));
            if (mb >= 1 && mb <= 2048) void settingsRepo.set(MAX_IMPORT_SETTING, mb);
          }}
          style={{ width: 90 }}
        />{' '}
        MB
      </label>
      <p className="muted">{t('settings.maxImportHint', { mb: DEFAULT_MB })}</p>
    </section>
  );
}
