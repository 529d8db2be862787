import { germanMessages } from './messages.de';
import { englishMessages } from './messages.en';

/**
 * The translation resources by language. A feature with many strings may keep them in files of its own
 * (`<feature>.de.json` / `<feature>.en.json`, top-level keys as namespaces) and spread them in
 * messages.de.ts and messages.en.ts, so that features do not all edit one file. The app itself imports only
 * the German ones up front (index.ts); this map is for the tests and the types.
 */
export const messages = { de: germanMessages, en: englishMessages };
