import { useTranslation } from 'react-i18next';

/** Texts written by organisers and exhibitors (titles, descriptions) come from the API in German. */
export const CONTENT_LANGUAGE = 'de';

/**
 * KoliBri components get lang={CONTENT_LANGUAGE} always: their React wrapper copies props onto the
 * element, so an undefined lang would become lang="undefined".
 *
 * The lang attribute for API texts: set only while the UI is in another language, so screen readers
 * read German passages with a German voice (WCAG 3.1.2 Language of Parts).
 */
export function useContentLang(): string | undefined {
  const { i18n } = useTranslation();
  return i18n.language === CONTENT_LANGUAGE ? undefined : CONTENT_LANGUAGE;
}
