import { boothPath, http, type Opts } from '../../../shared/api';
import type { EditorBooth, Exhibitor, HallSettings, NewExhibitor, Placement, ReviewQueueEntry } from '../../../shared/api';

const exhibitorPath = (slug: string) => `/api/exhibitors/${encodeURIComponent(slug)}`;

/** The admins' calls: review queue, placement, hall settings, exhibitors and their staff. */
export const adminApi = {
  reviews: (o?: Opts) => http.get<ReviewQueueEntry[]>('/api/admin/reviews', o),
  place: (slug: string, placement: Placement) =>
    http.send<EditorBooth>('PUT', `${boothPath(slug)}/placement`, { body: placement }),
  hallSettings: (o?: Opts) => http.get<HallSettings>('/api/admin/settings/hall', o),
  saveHallSettings: (settings: HallSettings) => http.send<HallSettings>('PUT', '/api/admin/settings/hall', { body: settings }),
  exhibitor: (slug: string, o?: Opts) => http.get<Exhibitor>(exhibitorPath(slug), o),
  createExhibitor: (exhibitor: NewExhibitor) => http.send<Exhibitor | undefined>('POST', '/api/exhibitors', { body: exhibitor }),
  setStaff: (exhibitor: string, staff: string[]) =>
    http.send<Exhibitor | undefined>('PUT', `${exhibitorPath(exhibitor)}/staff`, { body: { staff } }),
};
