// i18next with the Thai and English resources; the language follows the system unless the analyst chose one.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { platform } from '../platform/platform';
import en from './en.json';
import th from './th.json';

export type LanguageChoice = 'system' | 'th' | 'en';
const STORAGE_KEY = 'workbench.language';

export function resolveLanguage(choice: LanguageChoice, systemLanguage: string): 'th' | 'en' {
  if (choice !== 'system') return choice;
  return systemLanguage.toLowerCase().startsWith('th') ? 'th' : 'en';
}

export function storedLanguageChoice(): LanguageChoice {
  const v = localStorage.getItem(STORAGE_KEY);
  return v === 'th' || v === 'en' ? v : 'system';
}

export async function setLanguageChoice(choice: LanguageChoice): Promise<void> {
  localStorage.setItem(STORAGE_KEY, choice);
  await i18n.changeLanguage(resolveLanguage(choice, platform.systemLanguage()));
}

export async function initI18n(): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, th: { translation: th } },
    lng: resolveLanguage(storedLanguageChoice(), platform.systemLanguage()),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (lng) => (document.documentElement.lang = lng));
}
