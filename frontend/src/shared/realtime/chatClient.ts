/**
 * The browser client of the chat WebSocket (docs/protocol.md): one shared connection per tab that
 * reconnects with backoff, resumes every channel from the last revision it saw, keeps unsent messages
 * in an outbox (delivered once thanks to their clientMsgId), sends heartbeats and refreshes the token
 * in place. The UI reads channel snapshots; other features listen to any server frame with on().
 */
import {
  AUTH_CLOSE_CODE,
  CHAT_PROTOCOL_VERSION,
  FATAL_CLOSE_CODES,
  RETRYABLE_ERROR_CODES,
  type AckFrame,
  type ChannelPermissions,
  type ChannelSettings,
  type ChatLimits,
  type ChatMessage,
  type ChatUserInfo,
  type ClientFrame,
  type ConversationInfo,
  type ErrorFrame,
  type HistoryFrame,
  type ReadFrame,
  type ServerFrame,
  type ServerFrameOf,
} from './protocol';

export * from './protocol';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** The part of the browser's WebSocket the client uses; tests pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

const OPEN = 1;

export interface ChatClientOptions {
  /** ws(s)://host/ws/chat without query. */
  url: string;
  /** The current access token, undefined when nobody is logged in. */
  getToken: () => string | undefined;
  /** Language of error messages (lang=de|en). */
  getLanguage?: () => string;
  createSocket?: (url: string, protocols: string[]) => SocketLike;
  /** Where the outbox survives a reload of the tab (sessionStorage in the browser). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  newId?: () => string;
  random?: () => number;
  /** Waiting for a pong before the connection is presumed dead. */
  pongTimeoutMs?: number;
}

/** A message typed but not yet acknowledged by the server. */
export interface OutboxItem {
  channel: string;
  clientMsgId: string;
  text: string;
  createdAt: string;
  /** Who typed it; only they send it. */
  user?: string;
  /** Set when the server refused it for good (e.g. too long, muted); it is not resent. */
  failed?: { code: string; message: string };
}

export type ChannelStatus = 'joining' | 'joined' | 'error' | 'left';

export interface ChannelSnapshot {
  channel: string;
  status: ChannelStatus;
  /** In seq order; each message in its latest revision. */
  messages: ChatMessage[];
  /** Outbox entries of this channel not yet seen as stored. */
  pending: OutboxItem[];
  head: number;
  hasMore: boolean;
  permissions: ChannelPermissions;
  settings: ChannelSettings;
  lastReadSeq: number | null;
  unread: number;
  conversation: ConversationInfo | null;
  /** Why joining failed or the channel was taken away (code and text of the server). */
  error: { code: string; message: string } | null;
}

export class ChatRequestError extends Error {
  readonly code: string;
  readonly retryAfterMs: number | null;

  constructor(frame: Pick<ErrorFrame, 'code' | 'message' | 'retryAfterMs'>) {
    super(frame.message);
    this.name = 'ChatRequestError';
    this.code = frame.code;
    this.retryAfterMs = frame.retryAfterMs ?? null;
  }
}

interface ChannelEntry {
  refs: number;
  snapshot: ChannelSnapshot;
  /** Highest rev seen: the resume point. */
  cursor: number | null;
  listeners: Set<() => void>;
  messages: Map<number, ChatMessage>;
}

interface Pending {
  resolve: (frame: ServerFrame) => void;
  reject: (error: Error) => void;
}

const OUTBOX_KEY = 'kommunalmesse.chat.outbox';
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const DEFAULT_HEARTBEAT_SECONDS = 25;

const NO_PERMISSIONS: ChannelPermissions = { write: false, moderate: false };
const NO_SETTINGS: ChannelSettings = { anonymousRead: false, slowModeSeconds: 0 };

function defaultId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The shared connection of one tab. */
export class ChatClient {
  private readonly options: Required<Omit<ChatClientOptions, 'storage' | 'getLanguage'>> &
    Pick<ChatClientOptions, 'storage' | 'getLanguage'>;
  private socket: SocketLike | null = null;
  private stateValue: ConnectionState = 'offline';
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly frameListeners = new Map<string, Set<(frame: never) => void>>();
  private readonly channels = new Map<string, ChannelEntry>();
  private readonly pending = new Map<string, Pending>();
  /** ref of a subscribe → its channel; ref of a send → its clientMsgId. */
  private readonly subscribeRefs = new Map<string, string>();
  private readonly sendRefs = new Map<string, string>();
  private readonly watched = new Map<string, number>();
  private readonly dutyBooths = new Set<string>();
  private outbox: OutboxItem[] = [];
  private welcomeUser: ChatUserInfo | null = null;
  /** The user of the last connection, kept while offline to label what is typed meanwhile. */
  private lastUsername: string | undefined;
  private limitsValue: ChatLimits | null = null;
  private connectedToken: string | undefined;
  private started = false;
  private attempt = 0;
  private refCounter = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatMs = DEFAULT_HEARTBEAT_SECONDS * 1000;

  constructor(options: ChatClientOptions) {
    this.options = {
      createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
      newId: defaultId,
      random: Math.random,
      pongTimeoutMs: 10_000,
      ...options,
    };
    this.outbox = this.loadOutbox();
  }

  // ---- connection ------------------------------------------------------------------------------

  get state(): ConnectionState {
    return this.stateValue;
  }

  /** The user of the connection as the server knows them; null when anonymous or not yet connected. */
  get user(): ChatUserInfo | null {
    return this.welcomeUser;
  }

  /** The username of the last connection, also while offline (whose messages are "mine"). */
  get username(): string | undefined {
    return this.lastUsername;
  }

  get limits(): ChatLimits | null {
    return this.limitsValue;
  }

  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Opens the connection (idempotent). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.connect('connecting');
  }

  /** Closes the connection and stops reconnecting. */
  stop(): void {
    this.started = false;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'client stopped');
    }
    this.failPending(new ChatRequestError({ code: 'offline', message: 'offline' }));
    this.setState('offline');
  }

  /** The browser reports the network back (window "online"): try at once instead of waiting. */
  networkOnline(): void {
    if (!this.started || this.stateValue === 'online' || this.stateValue === 'connecting') return;
    this.attempt = 0;
    this.connect('reconnecting');
  }

  /**
   * The browser reports the network gone (window "offline"): the connection is given up (it may look
   * open for a long time before the transport notices), and what is typed now waits in the outbox
   * until the network is back.
   */
  networkOffline(): void {
    if (!this.started) return;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'offline');
    }
    this.clearTimers();
    this.welcomeUser = null;
    this.failPending(new ChatRequestError({ code: 'offline', message: 'offline' }));
    for (const entry of this.channels.values()) {
      if (entry.snapshot.status === 'joined') this.update(entry, { status: 'joining' });
    }
    this.setState('offline');
  }

  /**
   * The token changed (oidc-client-ts renewed it, or the user logged in or out). Same user, live
   * connection: an auth frame keeps it; otherwise the client reconnects with the new identity.
   */
  tokenChanged(): void {
    if (!this.started) return;
    const token = this.options.getToken();
    if (token === this.connectedToken) return;
    if (token && this.connectedToken && this.stateValue === 'online') {
      const previous = this.connectedToken;
      this.connectedToken = token;
      this.request({ type: 'auth', token }).catch(() => {
        // Refused (another user, or invalid): start over with what the page has now
        this.connectedToken = previous;
        this.reconnectNow();
      });
      return;
    }
    this.reconnectNow();
  }

  private reconnectNow(): void {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'identity changed');
    }
    this.clearTimers();
    this.failPending(new ChatRequestError({ code: 'reconnecting', message: 'reconnecting' }));
    this.attempt = 0;
    this.connect('reconnecting');
  }

  private connect(state: ConnectionState): void {
    this.setState(state);
    const token = this.options.getToken();
    this.connectedToken = token;
    const lang = this.options.getLanguage?.();
    const url = `${this.options.url}?v=${CHAT_PROTOCOL_VERSION}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
    // Browsers cannot send headers with a WebSocket; Quarkus reads this subprotocol as the header
    const protocols = token ? ['quarkus', encodeURI(`quarkus-http-upgrade#Authorization#Bearer ${token}`)] : ['quarkus'];
    let socket: SocketLike;
    try {
      socket = this.options.createSocket(url, protocols);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onmessage = (event) => this.received(event.data);
    socket.onclose = (event) => this.closed(socket, event.code);
    socket.onerror = () => {
      // A close event follows and decides what happens
    };
  }

  private detach(socket: SocketLike): void {
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
  }

  private closed(socket: SocketLike, code: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.detach(socket);
    this.clearTimers();
    this.welcomeUser = null;
    this.failPending(new ChatRequestError({ code: 'connection-lost', message: 'connection lost' }));
    for (const entry of this.channels.values()) {
      if (entry.snapshot.status === 'joined') this.update(entry, { status: 'joining' });
    }
    if (!this.started) return;
    if (FATAL_CLOSE_CODES.has(code)) {
      this.started = false;
      this.setState('offline');
      return;
    }
    if (code === AUTH_CLOSE_CODE) {
      // The token expired or was refused: the next attempt asks the page for the current one
      this.connectedToken = undefined;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stateValue !== 'offline') this.setState('reconnecting');
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.attempt) * (0.5 + this.options.random() / 2);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.started) this.connect('reconnecting');
    }, delay);
  }

  private clearTimers(): void {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.reconnectTimer = this.heartbeatTimer = this.pongTimer = this.retryTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  private startHeartbeat(seconds: number): void {
    this.heartbeatMs = Math.max(1, seconds || DEFAULT_HEARTBEAT_SECONDS) * 1000;
    this.heartbeatTimer = setInterval(() => {
      if (this.pongTimer) return;
      this.pongTimer = setTimeout(() => {
        // No answer: the connection is half-open. Drop it; the close handler reconnects.
        this.pongTimer = null;
        const socket = this.socket;
        if (socket) {
          this.closed(socket, 4408);
          socket.close(4000, 'no pong');
        }
      }, this.options.pongTimeoutMs);
      this.write({ type: 'ping' });
    }, this.heartbeatMs);
  }

  // ---- frames ------------------------------------------------------------------------------------

  /** Listens to server frames of one type (any type, also those other features define). */
  on<T extends string>(type: T, handler: (frame: ServerFrameOf<T>) => void): () => void {
    let set = this.frameListeners.get(type);
    if (!set) {
      set = new Set();
      this.frameListeners.set(type, set);
    }
    set.add(handler as (frame: never) => void);
    return () => set.delete(handler as (frame: never) => void);
  }

  /** Sends a frame and resolves with the reply carrying the same ref, or rejects with its error. */
  request<F extends ServerFrame = ServerFrame>(frame: ClientFrame): Promise<F> {
    const ref = `r${++this.refCounter}`;
    return new Promise<F>((resolve, reject) => {
      if (!this.isOnline()) {
        reject(new ChatRequestError({ code: 'offline', message: 'offline' }));
        return;
      }
      this.pending.set(ref, { resolve: resolve as (f: ServerFrame) => void, reject });
      this.write({ ...frame, ref });
    });
  }

  /** Sends a frame that other features define; false when the connection is not online. */
  sendFrame(frame: { type: string; [field: string]: unknown }): boolean {
    if (!this.isOnline()) return false;
    this.socket!.send(JSON.stringify(frame));
    return true;
  }

  private isOnline(): boolean {
    return this.stateValue === 'online' && this.socket !== null && this.socket.readyState === OPEN;
  }

  private write(frame: ClientFrame): void {
    if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private failPending(error: Error): void {
    // Requests in flight die with their connection; unacknowledged sends go out again from the outbox
    this.sendRefs.clear();
    this.subscribeRefs.clear();
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach((p) => p.reject(error));
  }

  private received(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    if (!frame || typeof frame !== 'object' || typeof frame.type !== 'string') return;
    if (this.pongTimer) {
      // Any frame shows the connection is alive
      clearTimeout(this.pongTimer);
      this.pongTimer = null;
    }
    this.handle(frame);
    const ref = 'ref' in frame ? frame.ref : undefined;
    if (ref && this.pending.has(ref)) {
      const pending = this.pending.get(ref)!;
      this.pending.delete(ref);
      if (frame.type === 'error') pending.reject(new ChatRequestError(frame));
      else pending.resolve(frame);
    }
    const listeners = this.frameListeners.get(frame.type);
    if (listeners) for (const listener of [...listeners]) (listener as (f: ServerFrame) => void)(frame);
  }

  private handle(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.welcomeUser = frame.user ?? null;
        this.lastUsername = frame.user?.username;
        this.limitsValue = frame.limits;
        this.attempt = 0;
        this.setState('online');
        this.startHeartbeat(frame.heartbeatSeconds);
        this.resume();
        break;
      case 'subscribed': {
        const entry = this.channels.get(frame.channel);
        if (!entry) break;
        this.update(entry, {
          status: 'joined',
          head: frame.head,
          permissions: frame.permissions,
          settings: frame.settings,
          lastReadSeq: frame.lastReadSeq ?? null,
          unread: frame.unread ?? 0,
          conversation: frame.conversation ?? null,
          error: null,
        });
        break;
      }
      case 'backfill': {
        const entry = this.channels.get(frame.channel);
        if (!entry) break;
        if (frame.reset) entry.messages.clear();
        this.merge(entry, frame.messages);
        entry.cursor = Math.max(entry.cursor ?? 0, frame.head);
        this.update(entry, { head: Math.max(entry.snapshot.head, frame.head), ...(frame.reset ? { hasMore: frame.hasMore } : {}) });
        this.flushOutbox(frame.channel);
        break;
      }
      case 'message': {
        const entry = this.channels.get(frame.channel);
        if (!entry) break;
        const known = entry.messages.has(frame.message.seq);
        const mine = this.lastUsername === frame.message.author.username;
        this.merge(entry, [frame.message]);
        const unread =
          !known && !mine && !frame.message.deleted && frame.message.seq > (entry.snapshot.lastReadSeq ?? 0)
            ? entry.snapshot.unread + 1
            : entry.snapshot.unread;
        this.update(entry, { unread, head: Math.max(entry.snapshot.head, frame.message.rev) });
        break;
      }
      case 'ack':
        this.acknowledged(frame);
        break;
      case 'unsubscribed': {
        const entry = this.channels.get(frame.channel);
        if (entry && frame.reason !== 'requested') {
          this.update(entry, { status: 'error', error: { code: frame.reason, message: frame.reason } });
        }
        break;
      }
      case 'settings': {
        const entry = this.channels.get(frame.channel);
        if (entry) this.update(entry, { settings: frame.settings });
        break;
      }
      case 'conversation': {
        const entry = this.channels.get(frame.conversation.channel);
        if (entry) this.update(entry, { conversation: frame.conversation });
        break;
      }
      case 'error':
        this.errorFor(frame);
        break;
      default:
        break;
    }
  }

  /** After every welcome: subscribe again from the last revision, re-watch, back on duty. */
  private resume(): void {
    const user = this.welcomeUser?.username;
    // Messages queued by someone else in this tab (logout, another login) are not theirs to send
    const mine = this.outbox.filter((o) => !o.user || o.user === user);
    if (mine.length !== this.outbox.length) {
      this.outbox = mine;
      this.saveOutbox();
    }
    // Refusals (login needed, banned) may have changed with the identity, so every channel is tried again
    for (const [channel, entry] of this.channels) this.subscribeChannel(channel, entry);
    for (const booth of this.watched.keys()) this.write({ type: 'watch', booth });
    for (const booth of this.dutyBooths) this.write({ type: 'duty', booth, on: true });
  }

  private errorFor(frame: ErrorFrame): void {
    if (!frame.ref) return;
    const channel = this.subscribeRefs.get(frame.ref);
    if (channel) {
      this.subscribeRefs.delete(frame.ref);
      const entry = this.channels.get(channel);
      if (entry) this.update(entry, { status: 'error', error: { code: frame.code, message: frame.message } });
      return;
    }
    const clientMsgId = this.sendRefs.get(frame.ref);
    if (clientMsgId) {
      this.sendRefs.delete(frame.ref);
      const item = this.outbox.find((o) => o.clientMsgId === clientMsgId);
      if (!item) return;
      if (RETRYABLE_ERROR_CODES.has(frame.code) || frame.code === 'not-subscribed') {
        this.retryLater(frame.retryAfterMs ?? 1000);
      } else {
        item.failed = { code: frame.code, message: frame.message };
        this.saveOutbox();
        this.notify(item.channel);
      }
    }
  }

  private retryLater(ms: number): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      for (const channel of new Set(this.outbox.map((o) => o.channel))) this.flushOutbox(channel);
    }, ms);
  }

  private acknowledged(frame: AckFrame): void {
    if (frame.ref) this.sendRefs.delete(frame.ref);
    if (!frame.clientMsgId) return;
    this.dropFromOutbox(frame.channel, frame.clientMsgId);
  }

  private dropFromOutbox(channel: string, clientMsgId: string): void {
    const before = this.outbox.length;
    this.outbox = this.outbox.filter((o) => !(o.channel === channel && o.clientMsgId === clientMsgId));
    if (this.outbox.length !== before) {
      this.saveOutbox();
      this.notify(channel);
    }
  }

  private merge(entry: ChannelEntry, messages: ChatMessage[]): void {
    for (const message of messages) {
      const known = entry.messages.get(message.seq);
      if (!known || message.rev >= known.rev) entry.messages.set(message.seq, message);
      entry.cursor = Math.max(entry.cursor ?? 0, message.rev);
      if (message.clientMsgId && this.lastUsername === message.author.username) {
        // Stored: whatever the outbox still holds of it must not go out again
        this.outbox = this.outbox.filter((o) => !(o.channel === entry.snapshot.channel && o.clientMsgId === message.clientMsgId));
      }
    }
    this.saveOutbox();
    const sorted = [...entry.messages.values()].sort((a, b) => a.seq - b.seq);
    entry.snapshot = { ...entry.snapshot, messages: sorted, pending: this.pendingOf(entry.snapshot.channel) };
  }

  private update(entry: ChannelEntry, changes: Partial<ChannelSnapshot>): void {
    entry.snapshot = { ...entry.snapshot, ...changes, pending: this.pendingOf(entry.snapshot.channel) };
    for (const listener of [...entry.listeners]) listener();
  }

  private notify(channel: string): void {
    const entry = this.channels.get(channel);
    if (entry) this.update(entry, {});
  }

  // ---- channels -----------------------------------------------------------------------------------

  private subscribeChannel(channel: string, entry: ChannelEntry): void {
    this.update(entry, { status: 'joining' });
    const ref = `s${++this.refCounter}`;
    this.subscribeRefs.set(ref, channel);
    this.write({ type: 'subscribe', ref, channel, ...(entry.cursor !== null ? { since: entry.cursor } : {}) });
  }

  /**
   * Follows a channel: the first caller subscribes, later ones share it; the returned function
   * releases it (the last release unsubscribes).
   */
  join(channel: string, listener: () => void): () => void {
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = {
        refs: 0,
        cursor: null,
        listeners: new Set(),
        messages: new Map(),
        snapshot: {
          channel,
          status: 'joining',
          messages: [],
          pending: this.pendingOf(channel),
          head: 0,
          hasMore: false,
          permissions: NO_PERMISSIONS,
          settings: NO_SETTINGS,
          lastReadSeq: null,
          unread: 0,
          conversation: null,
          error: null,
        },
      };
      this.channels.set(channel, entry);
      if (this.isOnline()) this.subscribeChannel(channel, entry);
    }
    entry.refs += 1;
    entry.listeners.add(listener);
    const current = entry;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      current.listeners.delete(listener);
      current.refs -= 1;
      if (current.refs === 0) {
        this.channels.delete(channel);
        if (this.isOnline()) this.write({ type: 'unsubscribe', channel });
      }
    };
  }

  /** The channel as the UI shows it; undefined when nobody follows it. */
  snapshot(channel: string): ChannelSnapshot | undefined {
    return this.channels.get(channel)?.snapshot;
  }

  /**
   * Queues a message: it goes out now if the channel is joined, else after the (re)connect, with the
   * same clientMsgId every time, so that the server stores it once. Returns the clientMsgId.
   */
  send(channel: string, text: string): string {
    const item: OutboxItem = {
      channel,
      clientMsgId: this.options.newId(),
      text,
      createdAt: new Date().toISOString(),
      user: this.lastUsername,
    };
    this.outbox.push(item);
    this.saveOutbox();
    this.notify(channel);
    this.flushOutbox(channel);
    return item.clientMsgId;
  }

  /** Removes a message from the outbox that the server refused (or the user gave up on). */
  discard(channel: string, clientMsgId: string): void {
    this.dropFromOutbox(channel, clientMsgId);
  }

  private flushOutbox(channel: string): void {
    const entry = this.channels.get(channel);
    if (!entry || entry.snapshot.status !== 'joined' || !this.isOnline()) return;
    for (const item of this.outbox) {
      if (item.channel !== channel || item.failed) continue;
      if ([...this.sendRefs.values()].includes(item.clientMsgId)) continue;
      const ref = `m${++this.refCounter}`;
      this.sendRefs.set(ref, item.clientMsgId);
      this.write({ type: 'send', ref, channel, clientMsgId: item.clientMsgId, text: item.text });
    }
  }

  private pendingOf(channel: string): OutboxItem[] {
    return this.outbox.filter((o) => o.channel === channel);
  }

  edit(channel: string, seq: number, text: string): Promise<AckFrame> {
    return this.request<AckFrame>({ type: 'edit', channel, seq, text });
  }

  remove(channel: string, seq: number): Promise<AckFrame> {
    return this.request<AckFrame>({ type: 'delete', channel, seq });
  }

  /** Loads the page of messages before the oldest one the channel holds. */
  async loadOlder(channel: string, limit?: number): Promise<void> {
    const entry = this.channels.get(channel);
    if (!entry) return;
    const oldest = entry.snapshot.messages[0]?.seq;
    const page = await this.request<HistoryFrame>({
      type: 'history',
      channel,
      ...(oldest !== undefined ? { before: oldest } : {}),
      ...(limit ? { limit } : {}),
    });
    const current = this.channels.get(channel);
    if (!current) return;
    this.merge(current, page.messages);
    this.update(current, { hasMore: page.hasMore });
  }

  /** Moves the read pointer; unread counts follow the server's answer. */
  async markRead(channel: string, seq: number): Promise<void> {
    const entry = this.channels.get(channel);
    if (!entry || (entry.snapshot.lastReadSeq ?? 0) >= seq) return;
    const read = await this.request<ReadFrame>({ type: 'read', channel, seq });
    const current = this.channels.get(channel);
    if (current) this.update(current, { lastReadSeq: read.lastReadSeq, unread: read.unread });
  }

  /** Staff go on or off duty at a booth; on duty is restored after every reconnect. */
  async duty(booth: string, on: boolean): Promise<void> {
    if (on) this.dutyBooths.add(booth);
    else this.dutyBooths.delete(booth);
    if (this.isOnline()) await this.request({ type: 'duty', booth, on });
  }

  isOnDuty(booth: string): boolean {
    return this.dutyBooths.has(booth);
  }

  /** Follows the number of experts online at a booth; the handler gets every count. */
  watch(booth: string, handler: (expertsOnline: number) => void): () => void {
    const off = this.on('presence', (frame) => {
      if (frame.booth === booth) handler(frame.expertsOnline);
    });
    const count = this.watched.get(booth) ?? 0;
    this.watched.set(booth, count + 1);
    if (count === 0 && this.isOnline()) this.write({ type: 'watch', booth });
    return () => {
      off();
      const left = (this.watched.get(booth) ?? 1) - 1;
      if (left > 0) {
        this.watched.set(booth, left);
      } else {
        this.watched.delete(booth);
        if (this.isOnline()) this.write({ type: 'unwatch', booth });
      }
    };
  }

  // ---- outbox persistence ---------------------------------------------------------------------------

  private loadOutbox(): OutboxItem[] {
    try {
      const raw = this.options.storage?.getItem(OUTBOX_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? parsed.filter(
            (o): o is OutboxItem =>
              !!o && typeof o.channel === 'string' && typeof o.clientMsgId === 'string' && typeof o.text === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  private saveOutbox(): void {
    try {
      if (this.outbox.length === 0) this.options.storage?.removeItem(OUTBOX_KEY);
      else this.options.storage?.setItem(OUTBOX_KEY, JSON.stringify(this.outbox));
    } catch {
      // Storage full or disabled: the outbox lasts for this page only
    }
  }
}
