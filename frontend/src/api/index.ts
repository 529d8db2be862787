import { createApiClient, type ApiClient } from './client';
import type {
  BoothCard,
  BoothDetail,
  BoothQuery,
  CurrentUser,
  EventDay,
  Fair,
  Page,
  ProgrammeNow,
  RuntimeConfig,
  TopicField,
} from './types';

export * from './client';
export type * from './types';

interface Session {
  getAccessToken: () => string | undefined;
  getLanguage: () => string;
}

// Auth and i18n plug themselves in at start-up; the client itself knows neither.
const session: Session = { getAccessToken: () => undefined, getLanguage: () => 'de' };

export function configureApi(overrides: Partial<Session>): void {
  Object.assign(session, overrides);
}

const client: ApiClient = createApiClient({
  getAccessToken: () => session.getAccessToken(),
  getLanguage: () => session.getLanguage(),
});

type Opts = { signal?: AbortSignal };

/** Typed calls of the backend contract. */
export const api = {
  config: (o?: Opts) => client.get<RuntimeConfig>('/api/config', o),
  me: (o?: Opts) => client.get<CurrentUser>('/api/me', o),
  fair: (o?: Opts) => client.get<Fair>('/api/fair', o),
  eventDays: (o?: Opts) => client.get<EventDay[]>('/api/event-days', o),
  topicFields: (o?: Opts) => client.get<TopicField[]>('/api/topic-fields', o),
  booths: (query: BoothQuery, o?: Opts) =>
    client.get<Page<BoothCard>>('/api/booths', { ...o, query: { ...query } }),
  booth: (slug: string, o?: Opts) => client.get<BoothDetail>(`/api/booths/${encodeURIComponent(slug)}`, o),
  programmeNow: (o?: Opts) => client.get<ProgrammeNow>('/api/programme/now', o),
};
