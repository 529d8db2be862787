import { eventDay, topicFields } from './fixtures';
import { ME } from './render';

/** What the booth editor reads besides the draft, for aussteller-soest: the user, the topic fields, one event day, no booth list. */
export const EDITOR_READS = {
  '/api/me': ME.exhibitor,
  '/api/topic-fields': topicFields,
  '/api/event-days': [eventDay],
  '/api/my/booths': [],
};
