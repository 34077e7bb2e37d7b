// Settings: the UI language (system, Thai, English), switched at once without restart.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguageChoice, storedLanguageChoice, type LanguageChoice } from '../../i18n/i18n';
import { BackupPanel } from './BackupPanel';
import { ImportLimitSetting } from './ImportLimitSetting';

export function SettingsView() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<LanguageChoice>(storedLanguageChoice());
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <label>
        {t('settings.language')}{' '}
        <select
          value={choice}
          onChange={(e) => {
            const next = e.target.value as LanguageChoice;
            setChoice(next);
            void setLanguageChoice(next);
          }}
        >
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="th">ไทย (Thai)</option>
          <option value="en">English</option>
        </select>
      </label>
      <ImportLimitSetting />
      <BackupPanel />
    </div>
  );
}
