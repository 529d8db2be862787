import { editions as editionList } from './editions.test-data';
import { boothPage, eventDay, topicFields } from './fixtures';
import { mockFetch } from './render';

/**
 * The API behind the hall page: `booths` as the search's answer, the topic fields, one event day and, with
 * `editions`, the list of editions (two: the current one and an archive).
 */
export function hallBackend(booths: unknown = boothPage, { editions = false } = {}) {
  return mockFetch((url) => {
    if (editions && url.pathname === '/api/editions') return { body: editionList };
    if (url.pathname === '/api/booths') return { body: booths };
    if (url.pathname === '/api/topic-fields') return { body: topicFields };
    if (url.pathname === '/api/event-days') return { body: [eventDay] };
    return undefined;
  });
}
