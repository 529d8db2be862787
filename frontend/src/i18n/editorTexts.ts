import i18n from 'i18next';
import de from './editorPages.de.json';

/**
 * The German texts of the booth editor and the pages that manage a booth come with the chunks that show them, not with the start page (its JavaScript
 * budget, scripts/check-bundle-size.mjs). English comes with all English texts (messages.en.ts).
 */
i18n.addResourceBundle('de', 'translation', de, true, false);
