import { boothPath, http, type Opts } from '../../../shared/api';
import type { Bookmark, BoothDetail, ContactRequest, NewContactRequest } from '../../../shared/api';

const bookmarkPath = (slug: string) => `/api/me/bookmarks/${encodeURIComponent(slug)}`;

/** A booth as visitors see it, their bookmarks and contact requests. */
export const boothApi = {
  booth: (slug: string, o?: Opts) => http.get<BoothDetail>(boothPath(slug), o),
  bookmarks: (o?: Opts) => http.get<Bookmark[]>('/api/me/bookmarks', o),
  bookmark: (slug: string) => http.send<void>('PUT', bookmarkPath(slug)),
  unbookmark: (slug: string) => http.send<void>('DELETE', bookmarkPath(slug)),
  sendContactRequest: (slug: string, request: NewContactRequest) =>
    http.send<ContactRequest | undefined>('POST', `${boothPath(slug)}/contact-requests`, { body: request }),
};
