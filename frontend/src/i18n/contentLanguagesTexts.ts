import i18n from 'i18next';
import de from './contentLanguages.de.json';

/**
 * The texts around content in two languages (English fields of the editors, the Leichte-Sprache summary) come
 * with the chunks that show them, not with the start page (its JavaScript budget). English comes with all
 * English texts (messages.en.ts).
 */
i18n.addResourceBundle('de', 'translation', de, true, false);
