import i18n from 'i18next';
import de from '../../i18n/fairlook.de.json';

// The German texts of the lobby, speaker and branding parts come with their chunks, not with the start page's
// first JavaScript (its size budget: scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
