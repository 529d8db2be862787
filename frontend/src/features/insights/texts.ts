import i18n from 'i18next';
import de from '../../i18n/insights.de.json';

// The German texts of these pages come with them, not with the start page (its size budget:
// scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
