/**
 * The browser client of the chat WebSocket (docs/protocol.md): one shared connection per tab that
 * reconnects with backoff, resumes every channel from the last sequence number it saw without a gap,
 * keeps unsent messages in an outbox (delivered once thanks to their clientMsgId), sends heartbeats and
 * refreshes the token in place. The UI reads channel snapshots; other features listen to any server frame with on().
 *
 * The parts: `Connection` (socket, backoff, heartbeats, token), `Requests` (replies matched by ref),
 * `ChannelStore` (snapshots) and `Outbox` (messages on their way); this class wires them together and
 * routes the server's frames.
 */
import { ChannelStore, type ChannelSnapshot } from './channelStore';
import { Connection, type ConnectionState, type SocketLike } from './connection';
import { Outbox, type OutboxStorage } from './outbox';
import type { AckFrame, ChatLimits, ChatUserInfo, ClientFrame, HistoryFrame, ReadFrame, ServerFrame, ServerFrameOf } from './protocol';
import { Requests } from './requests';

export * from './protocol';
export type { ChannelSnapshot, ChannelStatus } from './channelStore';
export type { ConnectionState, SocketLike } from './connection';
export type { OutboxItem } from './outbox';
export { ChatRequestError } from './requests';

export interface ChatClientOptions {
  /** ws(s)://host/ws/chat without query. */
  url: string;
  /** The current access token, undefined when nobody is logged in. */
  getToken: () => string | undefined;
  /** Language of error messages (lang=de|en). */
  getLanguage?: () => string;
  createSocket?: (url: string, protocols: string[]) => SocketLike;
  /** Where the outbox survives a reload of the tab (sessionStorage in the browser). */
  storage?: OutboxStorage | null;
  newId?: () => string;
  random?: () => number;
  /** Waiting for a pong before the connection is presumed dead. */
  pongTimeoutMs?: number;
}

function defaultId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The shared connection of one tab. */
export class ChatClient {
  private readonly connection: Connection;
  private readonly requests: Requests;
  private readonly channels: ChannelStore;
  private readonly outbox: Outbox;
  private readonly newId: () => string;
  private readonly frameListeners = new Map<string, Set<(frame: never) => void>>();
  private readonly watched = new Map<string, number>();
  private readonly dutyBooths = new Set<string>();
  private welcomeUser: ChatUserInfo | null = null;
  /** The user of the last connection, kept while offline to label what is typed meanwhile. */
  private lastUsername: string | undefined;
  private limitsValue: ChatLimits | null = null;
  private welcomes = 0;
  private readonly reconnectListeners = new Set<() => void>();

  constructor(options: ChatClientOptions) {
    this.newId = options.newId ?? defaultId;
    this.connection = new Connection(
      {
        url: options.url,
        getToken: options.getToken,
        getLanguage: options.getLanguage,
        createSocket: options.createSocket ?? ((url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike),
        random: options.random ?? Math.random,
        pongTimeoutMs: options.pongTimeoutMs ?? 10_000,
      },
      {
        frame: (frame) => this.received(frame),
        lost: (code, dropped) => this.lost(code, dropped),
        authenticate: (token) => this.request({ type: 'auth', token }),
      },
    );
    this.requests = new Requests(this.connection);
    this.outbox = new Outbox(options.storage, (channel) => this.channels.notify(channel));
    this.channels = new ChannelStore({
      transport: this.connection,
      nextRef: (prefix) => this.requests.nextRef(prefix),
      pendingOf: (channel) => this.outbox.pendingOf(channel),
      stored: (channel, ids) => this.outbox.forgetStored(channel, ids),
      username: () => this.lastUsername,
    });
  }

  // ---- connection ------------------------------------------------------------------------------

  get state(): ConnectionState {
    return this.connection.state;
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
    return this.connection.onStateChange(listener);
  }

  /**
   * Called after each welcome that follows an earlier one (a connection back after a loss, possibly on another
   * instance): what the server pushed meanwhile (a `notification` frame) is gone, so listeners read afresh.
   */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  /** Opens the connection (idempotent). */
  start(): void {
    this.connection.start();
  }

  /** Closes the connection and stops reconnecting. */
  stop(): void {
    this.connection.stop();
  }

  /** The browser reports the network back (window "online"): try at once instead of waiting. */
  networkOnline(): void {
    this.connection.networkOnline();
  }

  /** The browser reports the network gone: what is typed now waits in the outbox until it is back. */
  networkOffline(): void {
    this.connection.networkOffline();
  }

  /** The token changed: an auth frame keeps a live connection of the same user, else it reconnects. */
  tokenChanged(): void {
    this.connection.tokenChanged();
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
    return this.requests.request<F>(frame);
  }

  /** Sends a frame that other features define; false when the connection is not online. */
  sendFrame(frame: { type: string; [field: string]: unknown }): boolean {
    if (!this.connection.isOnline()) return false;
    this.connection.write(frame);
    return true;
  }

  private lost(code: string, dropped: boolean): void {
    // Requests in flight die with their connection; unacknowledged sends go out again from the outbox
    this.outbox.connectionLost();
    this.channels.forgetRefs();
    this.requests.failAll(code);
    if (!dropped) return;
    this.welcomeUser = null;
    this.channels.connectionDropped();
  }

  private received(frame: ServerFrame): void {
    this.handle(frame);
    this.requests.settle(frame);
    const listeners = this.frameListeners.get(frame.type);
    if (listeners) for (const listener of [...listeners]) (listener as (f: ServerFrame) => void)(frame);
  }

  private handle(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.welcomeUser = frame.user ?? null;
        this.lastUsername = frame.user?.username;
        this.limitsValue = frame.limits;
        this.connection.welcomed(frame.heartbeatSeconds);
        this.resume();
        if (this.welcomes++ > 0) for (const listener of [...this.reconnectListeners]) listener();
        break;
      case 'subscribed':
        this.channels.subscribed(frame);
        break;
      case 'backfill':
        this.channels.backfill(frame);
        this.flushOutbox(frame.channel);
        break;
      case 'message':
        this.channels.message(frame);
        break;
      case 'ack':
        this.outbox.acknowledged(frame);
        break;
      case 'unsubscribed':
        this.channels.unsubscribed(frame);
        break;
      case 'settings':
        this.channels.changed(frame.channel, { settings: frame.settings });
        break;
      case 'conversation':
        this.channels.changed(frame.conversation.channel, { conversation: frame.conversation });
        break;
      case 'error':
        if (!this.channels.refused(frame)) this.outbox.refused(frame, (channel) => this.flushOutbox(channel));
        break;
      default:
        break;
    }
  }

  /** After every welcome: subscribe again from each resume point, re-watch, back on duty. */
  private resume(): void {
    this.outbox.keepOnlyOf(this.welcomeUser?.username);
    this.channels.resubscribeAll();
    for (const booth of this.watched.keys()) this.connection.write({ type: 'watch', booth });
    for (const booth of this.dutyBooths) this.connection.write({ type: 'duty', booth, on: true });
  }

  // ---- channels -----------------------------------------------------------------------------------

  /**
   * Follows a channel: the first caller subscribes, later ones share it; the returned function
   * releases it (the last release unsubscribes).
   */
  join(channel: string, listener: () => void): () => void {
    return this.channels.join(channel, listener);
  }

  /** The channel as the UI shows it; undefined when nobody follows it. */
  snapshot(channel: string): ChannelSnapshot | undefined {
    return this.channels.snapshot(channel);
  }

  /**
   * Queues a message: it goes out now if the channel is joined, else after the (re)connect, with the
   * same clientMsgId every time, so that the server stores it once. Returns the clientMsgId.
   */
  send(channel: string, text: string): string {
    const clientMsgId = this.newId();
    this.outbox.add({ channel, clientMsgId, text, createdAt: new Date().toISOString(), user: this.lastUsername });
    this.flushOutbox(channel);
    return clientMsgId;
  }

  /** Removes a message from the outbox that the server refused (or the user gave up on). */
  discard(channel: string, clientMsgId: string): void {
    this.outbox.drop(channel, clientMsgId);
  }

  private flushOutbox(channel: string): void {
    if (!this.channels.isJoined(channel) || !this.connection.isOnline()) return;
    this.outbox.flush(channel, this.connection, (prefix) => this.requests.nextRef(prefix));
  }

  edit(channel: string, seq: number, text: string): Promise<AckFrame> {
    return this.request<AckFrame>({ type: 'edit', channel, seq, text });
  }

  remove(channel: string, seq: number): Promise<AckFrame> {
    return this.request<AckFrame>({ type: 'delete', channel, seq });
  }

  /** Loads the page of messages before the oldest one the channel holds. */
  async loadOlder(channel: string, limit?: number): Promise<void> {
    const snapshot = this.channels.snapshot(channel);
    if (!snapshot) return;
    const oldest = snapshot.messages[0]?.seq;
    const page = await this.request<HistoryFrame>({
      type: 'history',
      channel,
      ...(oldest !== undefined ? { before: oldest } : {}),
      ...(limit ? { limit } : {}),
    });
    this.channels.addPage(channel, page.messages, page.hasMore);
  }

  /** Moves the read pointer; unread counts follow the server's answer. */
  async markRead(channel: string, seq: number): Promise<void> {
    const snapshot = this.channels.snapshot(channel);
    if (!snapshot || (snapshot.lastReadSeq ?? 0) >= seq) return;
    const read = await this.request<ReadFrame>({ type: 'read', channel, seq });
    this.channels.read(channel, read.lastReadSeq, read.unread);
  }

  /** Staff go on or off duty at a booth; on duty is restored after every reconnect. */
  async duty(booth: string, on: boolean): Promise<void> {
    if (on) this.dutyBooths.add(booth);
    else this.dutyBooths.delete(booth);
    if (this.connection.isOnline()) await this.request({ type: 'duty', booth, on });
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
    if (count === 0 && this.connection.isOnline()) this.connection.write({ type: 'watch', booth });
    return () => {
      off();
      const left = (this.watched.get(booth) ?? 1) - 1;
      if (left > 0) {
        this.watched.set(booth, left);
      } else {
        this.watched.delete(booth);
        if (this.connection.isOnline()) this.connection.write({ type: 'unwatch', booth });
      }
    };
  }
}
