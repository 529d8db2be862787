import accessibility from './accessibility.en.json';
import boothManagement from './boothManagement.en.json';
import boothPage from './boothPage.en.json';
import base from './en.json';
import chat from './chat.en.json';
import chatPeer from './chatPeer.en.json';
import contentLanguages from './contentLanguages.en.json';
import editions from './editions.en.json';
import captions from './captions.en.json';
import certificates from './certificates.en.json';
import feedback from './feedback.en.json';
import hallPlan from './hallPlan.en.json';
import insights from './insights.en.json';
import fairlook from './fairlook.en.json';
import exhibitorAdmin from './exhibitorAdmin.en.json';
import meetings from './meetings.en.json';
import networking from './networking.en.json';
import notifications from './notifications.en.json';
import reuse from './reuse.en.json';
import stage from './stage.en.json';

/** All English texts: a chunk of their own, loaded when English is chosen (see index.ts). */
export const englishMessages = { ...base, ...boothManagement, ...boothPage, ...chat, ...stage, ...accessibility, ...editions, ...meetings, ...notifications, ...reuse, ...feedback, ...certificates, ...insights, ...exhibitorAdmin, ...captions, ...fairlook, ...hallPlan, ...chatPeer, ...networking, ...contentLanguages };
