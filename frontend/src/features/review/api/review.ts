import { boothPath, http, type Opts } from '../../../shared/api';
import type { EditorBooth, Review } from '../../../shared/api';

/** Comparing a submitted draft with the published booth, and the admin's decision. */
export const reviewApi = {
  review: (slug: string, o?: Opts) => http.get<Review>(`${boothPath(slug)}/review`, o),
  approve: (slug: string, version: number, reason?: string) =>
    http.send<EditorBooth>('POST', `${boothPath(slug)}/approve`, { body: { version, reason: reason || undefined } }),
  reject: (slug: string, version: number, reason: string) =>
    http.send<EditorBooth>('POST', `${boothPath(slug)}/reject`, { body: { version, reason } }),
};
