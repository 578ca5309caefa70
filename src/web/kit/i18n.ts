import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/common';
import sv from '../locales/sv.json';

export const languages: readonly Language[] = ['sv', 'en'];
const STORAGE_KEY = 'roder.language';

/**
 * The UI's strings by area: the shell's (`sv.json`, `en.json`) and one file per language for each
 * larger area (`documents.sv.json`…). A page downloads only its own area's strings and only in the
 * language shown: the first page carries Swedish shell strings (the default, and the fallback),
 * nothing else. Vite makes each file its own chunk.
 */
const catalogues = import.meta.glob<Record<string, unknown>>(['../locales/*.json', '!../locales/sv.json'], { import: 'default' });

/** Areas whose strings live in their own files, loaded with their pages. */
export type TranslationArea = 'admin' | 'eservices' | 'plan-action' | 'documents' | 'portfolio' | 'acquisitions' | 'attestation' | 'notifications' | 'handover' | 'records' | 'quality' | 'collaborations' | 'imports' | 'consultations' | 'municipal-plan' | 'plan-merge' | 'itplans';

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
  resources: { sv: { translation: sv } },
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** `shell` and every area a visited page needed: a language switch loads these before it switches. */
const wanted = new Set<TranslationArea | 'shell'>(['shell']);
const loaded = new Map<string, Promise<void>>([['shell:sv', Promise.resolve()]]);

function ensureLoaded(area: TranslationArea | 'shell', language: Language): Promise<void> {
  const key = `${area}:${language}`;
  let loading = loaded.get(key);
  if (!loading) {
    const file = area === 'shell' ? `../locales/${language}.json` : `../locales/${area}.${language}.json`;
    const load = catalogues[file];
    if (!load) throw new Error(`No translations in ${file}`);
    loading = load().then((bundle) => {
      // Areas share top-level keys with the shell (`app`, `common`), so they are deep-merged in.
      i18n.addResourceBundle(language, 'translation', bundle, true, false);
    });
    // A failed download (the network dropped) is tried again next time rather than remembered.
    loading.catch(() => loaded.delete(key));
    loaded.set(key, loading);
  }
  return loading;
}

/** Loads an area's strings in the language shown (and, from then on, in any language switched to). */
export async function loadTranslations(...areas: TranslationArea[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  const language = currentLanguage();
  await Promise.all(areas.map((area) => ensureLoaded(area, language)));
}

/** A page importer that also loads its areas' strings, so the page renders with them in place. */
export function withTranslations<T>(areas: TranslationArea[], importPage: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([importPage(), loadTranslations(...areas)]).then(([page]) => page);
}

/** Each page of an area loads with that area's strings, so the first page carries none of them. */
export function inArea<T extends Record<string, () => Promise<unknown>>>(areas: TranslationArea[], pages: T): T {
  return Object.fromEntries(Object.entries(pages).map(([name, importPage]) => [name, withTranslations(areas, importPage)])) as T;
}

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'sv';
}

async function showLanguage(language: Language): Promise<void> {
  // A page that starts loading during the downloads adds its area in the language still shown;
  // so load until no area was added, and only then switch.
  let areas: (TranslationArea | 'shell')[];
  do {
    areas = [...wanted];
    await Promise.all(areas.map((area) => ensureLoaded(area, language)));
  } while (wanted.size > areas.length);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/** Switches the UI language and remembers it on this device for the login page. */
export async function switchLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  await showLanguage(language);
}

/** Before a session says otherwise: an explicit earlier choice on this device, then Swedish. */
export const translationsReady: Promise<void> = showLanguage(storedLanguage());
