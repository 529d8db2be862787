import boothPage from './boothPage.de.json';
import contentLanguages from './contentLanguages.de.json';
import { germanMessages } from './messages.de';
import captions from './captions.de.json';
import certificates from './certificates.de.json';
import chatPeer from './chatPeer.de.json';
import feedback from './feedback.de.json';
import hallPlan from './hallPlan.de.json';
import insights from './insights.de.json';
import fairlook from './fairlook.de.json';
import exhibitorAdmin from './exhibitorAdmin.de.json';
import meetings from './meetings.de.json';
import networking from './networking.de.json';
import notifications from './notifications.de.json';
import { englishMessages } from './messages.en';
import reusePagesDe from './reusePages.de.json';
import accessibilityPagesDe from './accessibilityPages.de.json';
import adminPagesDe from './adminPages.de.json';
import editorPagesDe from './editorPages.de.json';
import legalPagesDe from './legalPages.de.json';
import privacyPagesDe from './privacyPages.de.json';
import reusePagesEn from './reusePages.en.json';

/**
 * The translation resources by language. A feature with many strings may keep them in files of its own
 * (`<feature>.de.json` / `<feature>.en.json`, top-level keys as namespaces) and spread them in
 * messages.de.ts and messages.en.ts, so that features do not all edit one file. The app itself imports only
 * the German ones up front (index.ts); this map is for the tests and the types. Texts of pages that are not
 * needed at the start (`reusePages.*.json`) travel with their pages' chunk (features/reuse/texts.ts) and are
 * merged in here so that the types and the tests know them.
 */
// The texts of the meetings, networking, notification, feedback and insights pages, of the booth page's contact entries
// and document shelf and those around content in two languages come with those pages in German (features/*/texts.ts,
// boothPageTexts.ts, contentLanguagesTexts.ts), so that the start page does not carry them; here they belong to the
// types and the tests like all others. So do those of the editor, the administration, the legal and privacy pages
// and the accessibility pages (i18n/*Texts.ts, *Pages.de.json).
export const messages = {
  de: mergeTexts(
    mergeTexts({ ...germanMessages, ...boothPage, ...contentLanguages, ...meetings, ...notifications, ...feedback, ...certificates, ...insights, ...exhibitorAdmin, ...captions, ...fairlook, ...hallPlan, ...networking, ...chatPeer, ...adminPagesDe, ...editorPagesDe, ...legalPagesDe, ...privacyPagesDe }, reusePagesDe),
    accessibilityPagesDe,
  ),
  en: mergeTexts(englishMessages, reusePagesEn),
};

type Texts = { [key: string]: unknown };

/** Merges nested text objects; on the same leaf the second wins. */
export function mergeTexts<A extends object, B extends object>(base: A, extra: B): A & B {
  const result: Texts = { ...(base as Texts) };
  for (const [key, value] of Object.entries(extra)) {
    const current = result[key];
    result[key] =
      current && typeof current === 'object' && value && typeof value === 'object'
        ? mergeTexts(current as Texts, value as Texts)
        : value;
  }
  return result as A & B;
}
