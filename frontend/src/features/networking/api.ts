import { http, type Opts } from '../../shared/api';

/** Where the caller stands with a person of the directory. */
export type Contact = 'none' | 'sent' | 'received' | 'connected' | 'not-accepted';

export interface Person {
  id: number;
  name: string;
  organisation: string;
  organisationType?: string | null;
  hostRegion?: string | null;
  hostRegionName?: string | null;
  region?: string | null;
  role?: string | null;
  topicFields: string[];
  about?: string | null;
  contact: Contact;
  requestId?: number | null;
  conversationId?: number | null;
  shared: number;
}

export interface OwnProfile {
  findable: boolean;
  profile?: Person | null;
}

export interface ProfileUpdate {
  organisation: string;
  organisationType?: string | null;
  hostRegion?: string | null;
  region?: string | null;
  role?: string | null;
  topicFields: string[];
  about?: string | null;
}

export interface Directory {
  people: Person[];
  total: number;
}

export interface DirectoryFilter {
  type?: string;
  region?: string;
  topic?: string;
  q?: string;
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'not-accepted';

export interface ContactRequest {
  id: number;
  incoming: boolean;
  otherName: string;
  message?: string | null;
  status: RequestStatus;
  conversationId?: number | null;
  createdAt: string;
}

export interface Requests {
  incoming: ContactRequest[];
  outgoing: ContactRequest[];
}

export interface Block {
  id: number;
  name: string;
  createdAt: string;
}

export const networkApi = {
  profile: (o?: Opts) => http.get<OwnProfile>('/api/network/profile', o),
  saveProfile: (body: ProfileUpdate) => http.send<OwnProfile>('PUT', '/api/network/profile', { body }),
  leave: () => http.send<void>('DELETE', '/api/network/profile'),
  directory: (filter: DirectoryFilter, o?: Opts) =>
    http.get<Directory>('/api/network/people', { signal: o?.signal, query: { ...filter } }),
  suggestions: (o?: Opts) => http.get<Person[]>('/api/network/suggestions', o),
  requests: (o?: Opts) => http.get<Requests>('/api/network/requests', o),
  ask: (to: number, message: string) => http.send<ContactRequest>('POST', '/api/network/requests', { body: { to, message } }),
  accept: (id: number) => http.send<ContactRequest>('POST', `/api/network/requests/${id}/accept`),
  decline: (id: number) => http.send<ContactRequest>('POST', `/api/network/requests/${id}/decline`),
  blockRequest: (id: number) => http.send<Block>('POST', `/api/network/requests/${id}/block`),
  blockPerson: (id: number) => http.send<Block>('POST', `/api/network/people/${id}/block`),
  blocks: (o?: Opts) => http.get<Block[]>('/api/network/blocks', o),
  unblock: (id: number) => http.send<void>('DELETE', `/api/network/blocks/${id}`),
};
