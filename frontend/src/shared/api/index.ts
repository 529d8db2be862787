import { activeEdition, isEditionApi } from '../edition/paths';
import { buildUrl, createApiClient, withEditionQuery, type ApiClient } from './client';
import { uploadWithProgress, type UploadProgress } from './upload';
import type { AuditEntry, CurrentUser, EditorBooth, EventDay, ExhibitorRef, Fair, ProgrammeNow, RuntimeConfig, TopicField } from './types';

export * from './client';
export type * from './types';
export type { UploadProgress } from './upload';

interface Session {
  getAccessToken: () => string | undefined;
  getLanguage: () => string;
}

// Auth and i18n plug themselves in at start-up; the client itself knows neither.
const session: Session = { getAccessToken: () => undefined, getLanguage: () => 'de' };

export function configureApi(overrides: Partial<Session>): void {
  Object.assign(session, overrides);
}

/** The edition of the page on screen for the API paths that take one (shared/edition). */
export function editionOfPage(path: string): string | undefined {
  return isEditionApi(path) ? activeEdition() : undefined;
}

/** A path with `?edition=` of the page on screen, for the calls that do not go through the client (uploads, the import). */
export function editionUrl(path: string, query?: Record<string, string | number | boolean | undefined>): string {
  return buildUrl('', path, withEditionQuery(query, editionOfPage(path)));
}

const client: ApiClient = createApiClient({
  getAccessToken: () => session.getAccessToken(),
  getLanguage: () => session.getLanguage(),
  editionFor: editionOfPage,
});

/** The configured client (token, language), for features that keep their typed calls in files of their own. */
export const http: ApiClient = client;
/** Token and language, for calls the client cannot make (the programme import sends the file as it is). */
export const apiSession: Readonly<Session> = session;

/** Posts a form with a file through XMLHttpRequest, for the progress bar; token and language as for every call. */
export function upload<T>(url: string, form: FormData, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  return uploadWithProgress<T>({
    url: editionUrl(url),
    form,
    token: session.getAccessToken(),
    language: session.getLanguage(),
    onProgress,
    signal,
  });
}

/** What every typed call accepts: a signal, so React Query can cancel it. */
export type Opts = { signal?: AbortSignal };

/** The path of one booth, the root of most booth calls. */
export const boothPath = (slug: string) => `/api/booths/${encodeURIComponent(slug)}`;

/** Typed calls of the backend contract that several features need; each feature keeps its own in its api/. */
export const api = {
  config: (o?: Opts) => client.get<RuntimeConfig>('/api/config', o),
  me: (o?: Opts) => client.get<CurrentUser>('/api/me', o),
  fair: (o?: Opts) => client.get<Fair>('/api/fair', o),
  eventDays: (o?: Opts) => client.get<EventDay[]>('/api/event-days', o),
  topicFields: (o?: Opts) => client.get<TopicField[]>('/api/topic-fields', o),
  programmeNow: (o?: Opts) => client.get<ProgrammeNow>('/api/programme/now', o),
  /** The booths the user manages (admins: all). */
  myBooths: (o?: Opts) => client.get<EditorBooth[]>('/api/my/booths', o),
  /** The exhibitors the user may create booths for (admins: all). */
  myExhibitors: (o?: Opts) => client.get<ExhibitorRef[]>('/api/my/exhibitors', o),
  audit: (slug: string, o?: Opts) => client.get<AuditEntry[]>(`${boothPath(slug)}/audit`, o),
  /** A file behind the login (a material not yet published, a CSV export). */
  file: (path: string, o?: Opts) => client.blob(path, o),
};
