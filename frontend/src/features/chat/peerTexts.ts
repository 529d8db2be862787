import i18n from 'i18next';
import de from '../../i18n/chatPeer.de.json';

// The German texts of conversations between visitors and of instant video come with the conversation's chunk, not
// with the start page (its size budget: scripts/check-bundle-size.mjs); English ones come with all English texts.
i18n.addResourceBundle('de', 'translation', de, true, false);
