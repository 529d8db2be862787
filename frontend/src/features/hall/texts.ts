import i18n from 'i18next';
import de from '../../i18n/hallPlan.de.json';

// The German texts of the hall's views and plan come with the hall page, not with the start page (its size
// budget: scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
