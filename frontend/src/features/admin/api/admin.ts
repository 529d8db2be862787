import { boothPath, http, type Opts } from '../../../shared/api';
import type { EditorBooth, Exhibitor, HallSettings, NewExhibitor, Placement, ReviewQueueEntry } from '../../../shared/api';

/** A booth as the exhibitors list shows it. */
export interface BoothState {
  slug: string;
  name: string;
  status: 'DRAFT' | 'PUBLISHED';
  draft: 'editing' | 'submitted' | 'rejected' | null;
}

/** An exhibitor with its booths in the edition and its staff (admins). */
export interface ExhibitorOverview {
  slug: string;
  name: string;
  staff: string[];
  booths: BoothState[];
  /** The staff with their roles: a lead edits the booths, staff answer in the chat and the conversations. */
  members: { member: string; role: StaffRole }[];
}

export type StaffRole = 'lead' | 'staff';

export interface StaffInvited {
  member: string;
  accountCreated: boolean;
  exhibitor: ExhibitorOverview;
}

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
  exhibitors: (query: string, o?: Opts) =>
    http.get<ExhibitorOverview[]>(`/api/exhibitors${query ? `?q=${encodeURIComponent(query)}` : ''}`, o),
  invite: (exhibitor: string, email: string) =>
    http.send<StaffInvited>('POST', `${exhibitorPath(exhibitor)}/invitations`, { body: { email } }),
  changeRole: (exhibitor: string, member: string, role: StaffRole) =>
    http.send<ExhibitorOverview>('PUT', `${exhibitorPath(exhibitor)}/staff/${encodeURIComponent(member)}/role`, { body: { role } }),
  removeStaff: (exhibitor: string, member: string) =>
    http.send<ExhibitorOverview>('DELETE', `${exhibitorPath(exhibitor)}/staff/${encodeURIComponent(member)}`),
  setStaff: (exhibitor: string, staff: string[]) =>
    http.send<Exhibitor | undefined>('PUT', `${exhibitorPath(exhibitor)}/staff`, { body: { staff } }),
};
