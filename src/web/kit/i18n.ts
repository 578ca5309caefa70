import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/common';
import acquisitionsEn from '../locales/acquisitions.en.json';
import acquisitionsSv from '../locales/acquisitions.sv.json';
import documentsEn from '../locales/documents.en.json';
import documentsSv from '../locales/documents.sv.json';
import en from '../locales/en.json';
import portfolioEn from '../locales/portfolio.en.json';
import portfolioSv from '../locales/portfolio.sv.json';
import sv from '../locales/sv.json';

export const languages: readonly Language[] = ['sv', 'en'];
const STORAGE_KEY = 'roder.language';

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  // Before a session says otherwise: an explicit earlier choice on this device, then Swedish.
  lng: storedLanguage(),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
// Steering documents, goals and KPIs keep their strings in their own files, deep-merged in.
i18n.addResourceBundle('sv', 'translation', documentsSv, true, false);
i18n.addResourceBundle('en', 'translation', documentsEn, true, false);
// The project portfolio and the IT council likewise.
i18n.addResourceBundle('sv', 'translation', portfolioSv, true, false);
i18n.addResourceBundle('en', 'translation', portfolioEn, true, false);
// Acquisitions and the agreements register likewise.
i18n.addResourceBundle('sv', 'translation', acquisitionsSv, true, false);
i18n.addResourceBundle('en', 'translation', acquisitionsEn, true, false);

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'sv';
}

/** Switches the UI language and remembers it on this device for the login page. */
export async function switchLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
