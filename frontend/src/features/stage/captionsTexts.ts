import i18n from 'i18next';
import de from '../../i18n/captions.de.json';

// The German texts of captions and transcripts come with the talk, archive and moderation pages, not with the
// start page (its size budget: scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
