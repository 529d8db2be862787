import i18n from 'i18next';
import de from '../../i18n/networking.de.json';

// The German texts of this page come with it, not with the start page (its size budget:
// scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
