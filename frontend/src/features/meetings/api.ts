import { boothPath, http, type Opts } from '../../shared/api';

export type MeetingStatus = 'booked' | 'cancelled';
export type MeetingSide = 'visitor' | 'booth';

/** A slot of a booth; `meetingId` only for its team. */
export interface Slot {
  id: number;
  startsAt: string;
  endsAt: string;
  expert?: string | null;
  free: boolean;
  meetingId?: number | null;
}

export interface BoothSlots {
  booth: string;
  edition: string;
  boothName: string;
  zone: string;
  videoLinkRequired: boolean;
  slots: Slot[];
}

export interface Proposal {
  slotId: number;
  startsAt: string;
  endsAt: string;
  proposedBy: MeetingSide;
  reason: string;
}

export interface Meeting {
  id: number;
  uid: string;
  booth: string;
  edition: string;
  boothName: string;
  startsAt: string;
  endsAt: string;
  expert?: string | null;
  topic: string;
  questions?: string | null;
  status: MeetingStatus;
  sequence: number;
  videoUrl?: string | null;
  visitorName: string;
  visitorEmail?: string | null;
  yourSide: MeetingSide;
  proposal?: Proposal | null;
  cancelledBy?: MeetingSide | null;
  cancelReason?: string | null;
  createdAt: string;
}

export interface NewAvailability {
  date: string;
  from: string;
  to: string;
  slotMinutes: number;
  breaks?: { from: string; to: string }[];
  expert?: string;
  videoLink?: string;
}

const meetingPath = (id: number) => `/api/meetings/${id}`;

/** Meet the experts: a booth's times, bookings and what either side does with them. */
export const meetingsApi = {
  /** The free slots; `edition` names the booth's edition where the page is of none (a meeting's page). */
  freeSlots: (slug: string, o?: Opts & { edition?: string }) =>
    http.get<BoothSlots>(`${boothPath(slug)}/meetings/slots`, { signal: o?.signal, query: o?.edition ? { edition: o.edition } : undefined }),
  teamSlots: (slug: string, o?: Opts) => http.get<BoothSlots>(`${boothPath(slug)}/meetings/team-slots`, o),
  publish: (slug: string, body: NewAvailability) =>
    http.send<BoothSlots>('POST', `${boothPath(slug)}/meetings/availability`, { body }),
  withdraw: (slug: string, id: number) => http.send<BoothSlots>('DELETE', `${boothPath(slug)}/meetings/slots/${id}`),
  calendar: (slug: string, o?: Opts) => http.get<Meeting[]>(`${boothPath(slug)}/meetings`, o),
  book: (slotId: number, topic: string, questions: string) =>
    http.send<Meeting>('POST', '/api/meetings', { body: { slotId, topic, questions } }),
  mine: (o?: Opts) => http.get<Meeting[]>('/api/meetings/mine', o),
  upcoming: (o?: Opts) => http.get<Meeting[]>('/api/meetings/upcoming', o),
  meeting: (id: number, o?: Opts) => http.get<Meeting>(meetingPath(id), o),
  cancel: (id: number, reason: string) => http.send<Meeting>('POST', `${meetingPath(id)}/cancel`, { body: { reason } }),
  propose: (id: number, slotId: number, reason: string) =>
    http.send<Meeting>('POST', `${meetingPath(id)}/proposal`, { body: { slotId, reason } }),
  confirm: (id: number) => http.send<Meeting>('POST', `${meetingPath(id)}/proposal/confirm`),
  decline: (id: number) => http.send<Meeting>('POST', `${meetingPath(id)}/proposal/decline`),
  join: (id: number) => http.get<{ url: string }>(`${meetingPath(id)}/video`),
};
