import i18n from 'i18next';
import de from './privacyPages.de.json';

/**
 * The German texts of "Meine Daten" and the deletion of the account come with the chunks that show them, not with the start page (its JavaScript
 * budget, scripts/check-bundle-size.mjs). English comes with all English texts (messages.en.ts).
 */
i18n.addResourceBundle('de', 'translation', de, true, false);
