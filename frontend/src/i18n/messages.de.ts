import accessibility from './accessibility.de.json';
import boothManagement from './boothManagement.de.json';
import base from './de.json';
import chat from './chat.de.json';
import editions from './editions.de.json';
import reuse from './reuse.de.json';
import stage from './stage.de.json';

/** All German texts: German is the default language and comes with the first JavaScript. */
export const germanMessages = { ...base, ...boothManagement, ...chat, ...stage, ...accessibility, ...editions, ...reuse };
