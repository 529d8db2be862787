/**
 * The frames of the chat WebSocket protocol, version 1, as in docs/protocol.md and ChatProtocol.java
 * (the three change together).
 */
export const CHAT_PROTOCOL_VERSION = 2;

export type ChannelKind = 'booth' | 'stage' | 'lobby' | 'dm';

export interface ChatAuthor {
  username: string;
  name: string;
  /** staff (booth team) or admin; absent for everyone else. */
  role?: 'staff' | 'admin' | null;
}

export interface ChatMessage {
  seq: number;
  /** Sequence number of the latest change; equals seq until edited or deleted. */
  rev: number;
  clientMsgId: string | null;
  author: ChatAuthor;
  /** null when deleted. */
  text: string | null;
  createdAt: string;
  editedAt?: string | null;
  deleted: boolean;
  deletedBy?: string | null;
}

export interface ChatUserInfo {
  username: string;
  name: string;
  roles: string[];
  expiresAt: string;
}

export interface ChatLimits {
  maxTextLength: number;
  rateLimitMessages: number;
  rateLimitWindowSeconds: number;
  maxFrameBytes: number;
  maxSubscriptions: number;
}

export interface ChannelSettings {
  anonymousRead: boolean;
  slowModeSeconds: number;
}

export interface ChannelPermissions {
  write: boolean;
  moderate: boolean;
  /** A mute is in force: writing would be refused (until mutedUntil, or until lifted when that is null). */
  muted?: boolean;
  mutedUntil?: string | null;
}

export interface ConversationInfo {
  id: number;
  channel: string;
  booth: string;
  boothName: string;
  exhibitorName: string;
  visitorName: string;
  status: 'open' | 'closed';
  handlerName: string | null;
}

// ---- client → server ---------------------------------------------------------------------------

export type ClientFrame =
  | { type: 'subscribe'; ref?: string; channel: string; since?: number }
  | { type: 'unsubscribe'; ref?: string; channel: string }
  | { type: 'send'; ref?: string; channel: string; clientMsgId: string; text: string }
  | { type: 'edit'; ref?: string; channel: string; seq: number; text: string }
  | { type: 'delete'; ref?: string; channel: string; seq: number }
  | { type: 'history'; ref?: string; channel: string; before?: number; limit?: number }
  | { type: 'read'; ref?: string; channel: string; seq: number }
  | { type: 'auth'; ref?: string; token: string }
  | { type: 'duty'; ref?: string; booth: string; on: boolean }
  | { type: 'watch'; ref?: string; booth: string }
  | { type: 'unwatch'; ref?: string; booth: string }
  | { type: 'ping'; ref?: string };

// ---- server → client ---------------------------------------------------------------------------

export interface WelcomeFrame {
  type: 'welcome';
  protocol: number;
  connectionId: string;
  user?: ChatUserInfo | null;
  limits: ChatLimits;
  heartbeatSeconds: number;
  idleTimeoutSeconds: number;
}

export interface SubscribedFrame {
  type: 'subscribed';
  ref?: string;
  channel: string;
  head: number;
  settings: ChannelSettings;
  permissions: ChannelPermissions;
  lastReadSeq?: number | null;
  unread?: number | null;
  conversation?: ConversationInfo | null;
}

export interface UnsubscribedFrame {
  type: 'unsubscribed';
  ref?: string | null;
  channel: string;
  /** requested, banned or login-required */
  reason: string;
}

export interface BackfillFrame {
  type: 'backfill';
  channel: string;
  messages: ChatMessage[];
  head: number;
  reset: boolean;
  hasMore: boolean;
}

export interface MessageFrame {
  type: 'message';
  channel: string;
  message: ChatMessage;
}

export interface AckFrame {
  type: 'ack';
  ref?: string;
  channel: string;
  clientMsgId?: string | null;
  seq: number;
  rev: number;
  duplicate: boolean;
}

export interface HistoryFrame {
  type: 'history';
  ref?: string;
  channel: string;
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface ReadFrame {
  type: 'read';
  ref?: string;
  channel: string;
  lastReadSeq: number;
  unread: number;
}

export interface AuthenticatedFrame {
  type: 'authenticated';
  ref?: string;
  user: ChatUserInfo;
}

export interface DutyFrame {
  type: 'duty';
  ref?: string;
  booth: string;
  on: boolean;
}

export interface PresenceFrame {
  type: 'presence';
  ref?: string | null;
  booth: string;
  expertsOnline: number;
}

export interface ConversationFrame {
  type: 'conversation';
  conversation: ConversationInfo;
  lastSeq?: number | null;
}

export interface SettingsFrame {
  type: 'settings';
  channel: string;
  settings: ChannelSettings;
}

export interface PongFrame {
  type: 'pong';
  ref?: string;
  serverTime: string;
}

export interface ErrorFrame {
  type: 'error';
  ref?: string | null;
  code: string;
  message: string;
  retryAfterMs?: number | null;
}

export type ServerFrame =
  | WelcomeFrame
  | SubscribedFrame
  | UnsubscribedFrame
  | BackfillFrame
  | MessageFrame
  | AckFrame
  | HistoryFrame
  | ReadFrame
  | AuthenticatedFrame
  | DutyFrame
  | PresenceFrame
  | ConversationFrame
  | SettingsFrame
  | PongFrame
  | ErrorFrame;

/** Server frames by type; other features (the stage's live state) may add their own types. */
export type ServerFrameOf<T extends string> = T extends ServerFrame['type']
  ? Extract<ServerFrame, { type: T }>
  : { type: T; [field: string]: unknown };

/** Close codes of docs/protocol.md after which reconnecting would only fail again. */
export const FATAL_CLOSE_CODES: ReadonlySet<number> = new Set([4400, 4406]);
/** The token was refused or expired: reconnect with a fresh one. */
export const AUTH_CLOSE_CODE = 1008;

/** Error codes after which sending the same message again later can succeed (after `retryAfterMs`). */
export const RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set(['rate-limited', 'slow-mode', 'busy', 'unavailable', 'internal']);
/** Error codes of a refused subscribe after which subscribing again later can succeed (the database was away). */
export const RETRYABLE_SUBSCRIBE_CODES: ReadonlySet<string> = new Set(['unavailable']);
