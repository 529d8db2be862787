import i18n from 'i18next';
import de from './boothPage.de.json';

/**
 * The texts of the booth page's contact entries and document shelf come with the chunks that show them (the
 * booth page and the editor's preview), not with the start page (its JavaScript budget,
 * scripts/check-bundle-size.mjs). English comes with all English texts (messages.en.ts).
 */
i18n.addResourceBundle('de', 'translation', de, true, false);
