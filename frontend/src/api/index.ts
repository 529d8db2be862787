import { createApiClient, type ApiClient } from './client';
import type {
  AuditEntry,
  Bookmark,
  BoothContent,
  BoothDetail,
  BoothDraft,
  BoothQuery,
  BoothStats,
  ContactRequest,
  ContactRequestStatus,
  CurrentUser,
  EditorBooth,
  EventDay,
  Exhibitor,
  ExhibitorRef,
  Fair,
  HallPage,
  HallSettings,
  Material,
  NewContactRequest,
  NewExhibitor,
  Placement,
  ProgrammeNow,
  Review,
  ReviewQueueEntry,
  RuntimeConfig,
  TopicField,
} from './types';
import { uploadWithProgress, type UploadProgress } from './upload';

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

const client: ApiClient = createApiClient({
  getAccessToken: () => session.getAccessToken(),
  getLanguage: () => session.getLanguage(),
});

/** The configured client (token, language), for features that keep their typed calls in files of their own. */
export const http: ApiClient = client;
/** Token and language, for calls the client cannot make (the programme import sends the file as it is). */
export const apiSession: Readonly<Session> = session;

type Opts = { signal?: AbortSignal };

const booth = (slug: string) => `/api/booths/${encodeURIComponent(slug)}`;

/** Typed calls of the backend contract. */
export const api = {
  config: (o?: Opts) => client.get<RuntimeConfig>('/api/config', o),
  me: (o?: Opts) => client.get<CurrentUser>('/api/me', o),
  fair: (o?: Opts) => client.get<Fair>('/api/fair', o),
  eventDays: (o?: Opts) => client.get<EventDay[]>('/api/event-days', o),
  topicFields: (o?: Opts) => client.get<TopicField[]>('/api/topic-fields', o),
  booths: (query: BoothQuery, o?: Opts) => client.get<HallPage>('/api/booths', { ...o, query: { ...query } }),
  booth: (slug: string, o?: Opts) => client.get<BoothDetail>(booth(slug), o),
  programmeNow: (o?: Opts) => client.get<ProgrammeNow>('/api/programme/now', o),

  // Visitors
  bookmarks: (o?: Opts) => client.get<Bookmark[]>('/api/me/bookmarks', o),
  bookmark: (slug: string) => client.send<void>('PUT', `/api/me/bookmarks/${encodeURIComponent(slug)}`),
  unbookmark: (slug: string) => client.send<void>('DELETE', `/api/me/bookmarks/${encodeURIComponent(slug)}`),
  sendContactRequest: (slug: string, request: NewContactRequest) =>
    client.send<ContactRequest | undefined>('POST', `${booth(slug)}/contact-requests`, { body: request }),

  // Exhibitors (staff of the booth's exhibitor, or admins)
  myBooths: (o?: Opts) => client.get<EditorBooth[]>('/api/my/booths', o),
  /** The exhibitors the user may create booths for (admins: all). */
  myExhibitors: (o?: Opts) => client.get<ExhibitorRef[]>('/api/my/exhibitors', o),
  draft: (slug: string, o?: Opts) => client.get<BoothDraft>(`${booth(slug)}/draft`, o),
  saveDraft: (slug: string, version: number, content: BoothContent) =>
    client.send<BoothDraft>('PUT', `${booth(slug)}/draft`, { body: { version, content } }),
  submitDraft: (slug: string, version: number) =>
    client.send<BoothDraft | undefined>('POST', `${booth(slug)}/submit`, { body: { version } }),
  uploadMaterial: (slug: string, file: File, title: string, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal) => {
    const form = new FormData();
    form.append('file', file);
    form.append('title', title);
    return uploadWithProgress<Material>({
      url: `${booth(slug)}/materials`,
      form,
      token: session.getAccessToken(),
      language: session.getLanguage(),
      onProgress,
      signal,
    });
  },
  contactRequests: (slug: string, o?: Opts) => client.get<ContactRequest[]>(`${booth(slug)}/contact-requests`, o),
  setContactRequestStatus: (slug: string, id: number, status: ContactRequestStatus) =>
    client.send<ContactRequest>('PATCH', `${booth(slug)}/contact-requests/${id}`, { body: { status } }),
  stats: (slug: string, o?: Opts) => client.get<BoothStats>(`${booth(slug)}/stats`, o),
  audit: (slug: string, o?: Opts) => client.get<AuditEntry[]>(`${booth(slug)}/audit`, o),
  createBooth: (exhibitor: string, slug: string, name: string) =>
    client.send<BoothDraft | undefined>('POST', `/api/exhibitors/${encodeURIComponent(exhibitor)}/booths`, {
      body: { slug, name },
    }),
  /** A file behind the login (a material not yet published, a CSV export). */
  file: (path: string, o?: Opts) => client.blob(path, o),

  // Admins
  reviews: (o?: Opts) => client.get<ReviewQueueEntry[]>('/api/admin/reviews', o),
  review: (slug: string, o?: Opts) => client.get<Review>(`${booth(slug)}/review`, o),
  approve: (slug: string, version: number, reason?: string) =>
    client.send<EditorBooth>('POST', `${booth(slug)}/approve`, { body: { version, reason: reason || undefined } }),
  reject: (slug: string, version: number, reason: string) =>
    client.send<EditorBooth>('POST', `${booth(slug)}/reject`, { body: { version, reason } }),
  place: (slug: string, placement: Placement) =>
    client.send<EditorBooth>('PUT', `${booth(slug)}/placement`, { body: placement }),
  hallSettings: (o?: Opts) => client.get<HallSettings>('/api/admin/settings/hall', o),
  saveHallSettings: (settings: HallSettings) =>
    client.send<HallSettings>('PUT', '/api/admin/settings/hall', { body: settings }),
  exhibitor: (slug: string, o?: Opts) => client.get<Exhibitor>(`/api/exhibitors/${encodeURIComponent(slug)}`, o),
  createExhibitor: (exhibitor: NewExhibitor) =>
    client.send<Exhibitor | undefined>('POST', '/api/exhibitors', { body: exhibitor }),
  setStaff: (exhibitor: string, staff: string[]) =>
    client.send<Exhibitor | undefined>('PUT', `/api/exhibitors/${encodeURIComponent(exhibitor)}/staff`, {
      body: { staff },
    }),
};
