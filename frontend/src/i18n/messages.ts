import { germanMessages } from './messages.de';
import meetings from './meetings.de.json';
import notifications from './notifications.de.json';
import { englishMessages } from './messages.en';

/**
 * The translation resources by language. A feature with many strings may keep them in files of its own
 * (`<feature>.de.json` / `<feature>.en.json`, top-level keys as namespaces) and spread them in
 * messages.de.ts and messages.en.ts, so that features do not all edit one file. The app itself imports only
 * the German ones up front (index.ts); this map is for the tests and the types.
 */
// The texts of the meetings and notification pages come with those pages in German (features/*/texts.ts), so that
// the start page does not carry them; here they belong to the types and the tests like all others.
export const messages = { de: { ...germanMessages, ...meetings, ...notifications }, en: englishMessages };
