import i18n from 'i18next';
import de from './accessibilityPages.de.json';

/**
 * The German texts of the accessibility statement, the barrier report, Leichte Sprache and their administration (the header's links keep theirs in accessibility.de.json) come with the chunks that show them, not with the start page (its JavaScript
 * budget, scripts/check-bundle-size.mjs). English comes with all English texts (messages.en.ts).
 */
i18n.addResourceBundle('de', 'translation', de, true, false);
