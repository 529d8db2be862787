import { useTranslation } from 'react-i18next';

/** Language of each text of an API object, by field name (the API's `lang`; shared/api's TextLangs). */
type TextLangs = Partial<Record<string, string>>;

/** Texts written by organisers and exhibitors are German unless the API says otherwise. */
export const CONTENT_LANGUAGE = 'de';

/**
 * The language of one text of an API object: the API names it per field (`lang: { name: "en" }`) for the
 * texts that have an English version (docs/content-languages.md); everything else is German.
 */
export function textLang(langs: TextLangs | undefined, field: string): string {
  return langs?.[field] ?? CONTENT_LANGUAGE;
}

/**
 * KoliBri components get lang={CONTENT_LANGUAGE} (or {@link textLang}) always: their React wrapper copies props
 * onto the element, so an undefined lang would become lang="undefined".
 *
 * The lang attribute for German API texts: set only while the UI is in another language, so screen readers
 * read German passages with a German voice (WCAG 3.1.2 Language of Parts).
 */
export function useContentLang(): string | undefined {
  const { i18n } = useTranslation();
  return i18n.language === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE;
}

/**
 * The lang attribute for a text whose language the API names: set only where it differs from the UI's
 * language (an English booth text in the English UI needs none; a German fallback does).
 */
export function useTextLang(): (langs: TextLangs | undefined, field: string) => string | undefined {
  const { i18n } = useTranslation();
  return (langs, field) => {
    const lang = textLang(langs, field);
    return lang === i18n.language ? undefined : lang;
  };
}
