import i18n from 'i18next';
import de from './reusePages.de.json';
import en from './reusePages.en.json';

/**
 * The texts of reuse (its pages, the reuse facts on booth pages, in the editor and on the review page) come
 * with the chunks that show them rather than with the start page (its JavaScript budget,
 * scripts/check-bundle-size.mjs): importing this module adds them. German is added at once; English only once
 * its own texts are there (adding it earlier would make i18next think English was loaded), and again whenever
 * they arrive.
 */
function addTexts() {
  i18n.addResourceBundle('de', 'translation', de, true, false);
  if (i18n.hasResourceBundle('en', 'translation')) {
    i18n.addResourceBundle('en', 'translation', en, true, false);
  }
}

addTexts();
i18n.on('loaded', addTexts);
