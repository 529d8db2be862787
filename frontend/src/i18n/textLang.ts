import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from './useContentLang';

/** Language of each text of an API object, by field name (the API's `lang`; shared/api's TextLangs). */
type TextLangs = Partial<Record<string, string>>;

/**
 * The language of one text of an API object: the API names it per field (`lang: { name: "en" }`) for the
 * texts that have an English version (docs/content-languages.md); everything else is German. KoliBri
 * components get this always (see useContentLang.ts for why).
 *
 * Kept apart from useContentLang.ts so that the start page, which shows no such texts, does not carry it.
 */
export function textLang(langs: TextLangs | undefined, field: string): string {
  return langs?.[field] ?? CONTENT_LANGUAGE;
}

/**
 * The lang attribute for a text whose language the API names: set only where it differs from the UI's
 * language (an English booth text in the English UI needs none; a German fallback gets lang="de").
 */
export function useTextLang(): (langs: TextLangs | undefined, field: string) => string | undefined {
  const { i18n } = useTranslation();
  return (langs, field) => {
    const lang = textLang(langs, field);
    return lang === i18n.language ? undefined : lang;
  };
}
