import { http, type Opts, type Page } from '../../../shared/api';
import type { ChannelSettings, ConversationInfo } from '../../../shared/realtime/protocol';

/** The chat's REST endpoints around the WebSocket (docs/protocol.md, "REST endpoints"). */

/** A conversation as the REST list shows it: what the socket tells, plus times and counts. */
export interface ChatConversation extends ConversationInfo {
  createdAt: string;
  updatedAt: string;
  lastSeq: number;
  unread: number;
}

export interface ChatReport {
  id: number;
  channel: string;
  seq: number;
  author: string;
  text: string | null;
  reporter: string;
  reason: string | null;
  status: 'open' | 'resolved' | 'dismissed';
  createdAt: string;
  handledBy: string | null;
  handledAt: string | null;
  note: string | null;
}

export interface ChatSanction {
  id: number;
  user: string;
  /** The name the user last wrote under in the chat. */
  userName: string;
  kind: 'mute' | 'ban';
  channel: string | null;
  reason: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string | null;
  liftedAt: string | null;
  liftedBy: string | null;
}

export interface ChatLogEntry {
  id: number;
  actor: string;
  action: string;
  channel: string | null;
  targetUser: string | null;
  seq: number | null;
  detail: string | null;
  createdAt: string;
}

export interface NewSanction {
  kind: 'mute' | 'ban';
  user?: string;
  channel?: string;
  seq?: number;
  minutes?: number;
  reason?: string;
}

/** Unread messages of one channel the caller has read in. */
export interface ChatUnread {
  channel: string;
  head: number;
  lastReadSeq: number;
  unread: number;
}

export interface SanctionQuery {
  /** One channel (its moderators); without it all channels (admins only). */
  channel?: string;
  /** Only those in force (default), or also lifted and expired ones. */
  active?: boolean;
  page?: number;
  size?: number;
}

/** Open conversations at one of the caller's booths that no staff member has answered or claimed yet. */
export interface ChatWaiting {
  booth: string;
  slug: string;
  boothName: string;
  waiting: number;
}

// booth:2026/kreis-soest-umzug: the colon and the slash stay as they are, the server's path reads them literally
const channelPath = (channel: string) =>
  `/api/chat/channels/${encodeURIComponent(channel).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`;
const conversation = (id: number) => `/api/chat/conversations/${id}`;

export const chatApi = {
  openConversation: (booth: string) => http.send<ChatConversation>('POST', '/api/chat/conversations', { body: { booth } }),
  myConversations: (o?: Opts) => http.get<ChatConversation[]>('/api/chat/conversations', o),
  /** "Hilfe": the caller's conversation with the organiser's support team, opened if needed. */
  openSupport: () => http.send<ChatConversation>('POST', '/api/chat/conversations/support'),
  /** The admins' list of support conversations. */
  supportConversations: (status: 'open' | 'closed' | 'all', o?: Opts) =>
    http.get<ChatConversation[]>('/api/chat/conversations/support', { ...o, query: { status } }),
  boothConversations: (slug: string, status: 'open' | 'closed' | 'all', o?: Opts) =>
    http.get<ChatConversation[]>(`/api/chat/booths/${encodeURIComponent(slug)}/conversations`, { ...o, query: { status } }),
  /** One conversation, for its visitor, the booth's staff and admins. */
  conversation: (id: number, o?: Opts) => http.get<ChatConversation>(conversation(id), o),
  claim: (id: number) => http.send<ChatConversation>('POST', `${conversation(id)}/claim`),
  close: (id: number) => http.send<ChatConversation>('POST', `${conversation(id)}/close`),
  reopen: (id: number) => http.send<ChatConversation>('POST', `${conversation(id)}/reopen`),
  /** Starts an instant video meeting: its room link arrives in the conversation as the caller's message. */
  video: (id: number) => http.send<ChatConversation>('POST', `${conversation(id)}/video`),
  report: (channel: string, seq: number, reason?: string) =>
    http.send<ChatReport>('POST', `${channelPath(channel)}/messages/${seq}/reports`, { body: { reason: reason || undefined } }),
  settings: (channel: string, settings: Partial<ChannelSettings>) =>
    http.send<ChannelSettings>('PUT', `${channelPath(channel)}/settings`, { body: settings }),
  impose: (sanction: NewSanction) => http.send<ChatSanction>('POST', '/api/chat/moderation/sanctions', { body: sanction }),
  sanctions: ({ channel, active = true, page = 0, size = 20 }: SanctionQuery, o?: Opts) =>
    http.get<Page<ChatSanction>>('/api/chat/moderation/sanctions', { ...o, query: { channel, active, page, size } }),
  lift: (id: number) => http.send<ChatSanction>('POST', `/api/chat/moderation/sanctions/${id}/lift`),
  reports: (status: 'open' | 'all', o?: Opts) =>
    http.get<Page<ChatReport>>('/api/chat/moderation/reports', { ...o, query: { status } }),
  resolve: (id: number, status: 'resolved' | 'dismissed', deleteMessage: boolean) =>
    http.send<ChatReport>('POST', `/api/chat/moderation/reports/${id}/resolve`, { body: { status, deleteMessage } }),
  unread: (o?: Opts) => http.get<ChatUnread[]>('/api/chat/unread', o),
  /** For staff: per booth of theirs, the open conversations nobody of the team has answered or claimed yet. */
  waiting: (o?: Opts) => http.get<ChatWaiting[]>('/api/chat/conversations/waiting', o),
  log: (page: number, o?: Opts) => http.get<Page<ChatLogEntry>>('/api/chat/moderation/log', { ...o, query: { page, size: 50 } }),
};

/** The booth key prefix of conversations between two visitors (backend: Conversation.PEER_PREFIX). */
const PEER_PREFIX = 'kontakt/';

/** Whether the conversation is between two visitors ("Vernetzen") rather than with a booth or the support team. */
export function isPeerConversation(booth: string): boolean {
  return booth.startsWith(PEER_PREFIX);
}
