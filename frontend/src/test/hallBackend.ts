import { editions as editionList } from './editions.test-data';
import { boothPage, eventDay, topicFields } from './fixtures';
import { mockApi } from './render';

/**
 * The API behind the hall page: `booths` as the search's answer, the topic fields, one event day and, with
 * `editions`, the list of editions (two: the current one and an archive).
 */
export function hallBackend(booths: unknown = boothPage, { editions = false } = {}) {
  return mockApi({
    ...(editions ? { '/api/editions': editionList } : {}),
    '/api/booths': booths,
    '/api/topic-fields': topicFields,
    '/api/event-days': [eventDay],
  });
}
