import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { germanMessages } from './messages.de';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';
export const LANGUAGE_STORAGE_KEY = 'kommunalmesse.language';

/** German is bundled; English is fetched the first time it is needed (its own chunk, about 17 kB gzip). */
const resources = { de: { translation: germanMessages } } as const;

const laterLanguages: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, {});
    import('./messages.en').then(
      (module) => callback(null, module.englishMessages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

let ready: Promise<unknown> = Promise.resolve();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else German: the platform is German first, whatever the browser says. */
export function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

export function initI18n(lng: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    ready = i18n.use(laterLanguages).use(initReactI18next).init({
      resources,
      // Languages without bundled resources come from laterLanguages.
      partialBundledLanguages: true,
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  } else {
    ready = i18n.changeLanguage(lng);
  }
  document.documentElement.lang = i18n.language;
  return i18n;
}

/** Settles when the texts of the language chosen in {@link initI18n} are there (at once for German). */
export function languageLoaded(): Promise<unknown> {
  return ready;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export { i18n };
