import { AUTH_CLOSE_CODE, CHAT_PROTOCOL_VERSION, FATAL_CLOSE_CODES, type ClientFrame, type ServerFrame } from './protocol';

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

/** Where frames go out: the outbox, the channel store and the requests write through it. */
export interface Transport {
  /** Welcomed and the socket open: requests may go out. */
  isOnline(): boolean;
  /** Sends when the socket is open, drops the frame otherwise (the outbox and resume send it again). */
  write(frame: ClientFrame): void;
}

export interface ConnectionOptions {
  /** ws(s)://host/ws/chat without query. */
  url: string;
  getToken: () => string | undefined;
  getLanguage?: () => string;
  createSocket: (url: string, protocols: string[]) => SocketLike;
  random: () => number;
  pongTimeoutMs: number;
}

/** What the connection reports to the client that owns it. */
export interface ConnectionEvents {
  /** Every well-formed frame the server sends, in order. */
  frame(frame: ServerFrame): void;
  /**
   * The socket is gone or replaced; requests in flight fail with `code`. `dropped` is true when the
   * server side is lost (closed, network gone): the user is unknown and joined channels must rejoin.
   */
  lost(code: string, dropped: boolean): void;
  /** A new token for the same user on a live connection: resolves when the server accepted it. */
  authenticate(token: string): Promise<unknown>;
}

const OPEN = 1;
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const DEFAULT_HEARTBEAT_SECONDS = 25;
/** Our own close code for a connection that stopped answering pings. */
const NO_PONG_CODE = 4408;

/**
 * The socket of one tab: opens it with the token as subprotocol, reconnects with jittered exponential
 * backoff, sends heartbeats and drops a half-open connection, and keeps or replaces the connection
 * when the token changes. It knows nothing of channels or messages.
 */
export class Connection implements Transport {
  private socket: SocketLike | null = null;
  private stateValue: ConnectionState = 'offline';
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private connectedToken: string | undefined;
  private started = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private pongTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly options: ConnectionOptions,
    private readonly events: ConnectionEvents,
  ) {}

  get state(): ConnectionState {
    return this.stateValue;
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
    this.closeSocket('client stopped');
    this.events.lost('offline', false);
    this.setState('offline');
  }

  /** The server's welcome: the connection is usable; heartbeats at the pace the server asks for. */
  welcomed(heartbeatSeconds: number): void {
    this.attempt = 0;
    this.setState('online');
    this.startHeartbeat(heartbeatSeconds);
  }

  /** The browser reports the network back (window "online"): try at once instead of waiting. */
  networkOnline(): void {
    if (!this.started || this.stateValue === 'online' || this.stateValue === 'connecting') return;
    this.attempt = 0;
    this.connect('reconnecting');
  }

  /**
   * The browser reports the network gone (window "offline"): the connection is given up (it may look
   * open for a long time before the transport notices).
   */
  networkOffline(): void {
    if (!this.started) return;
    this.closeSocket('offline');
    this.clearTimers();
    this.events.lost('offline', true);
    this.setState('offline');
  }

  /**
   * The token changed (oidc-client-ts renewed it, or the user logged in or out). Same user, live
   * connection: an auth frame keeps it; otherwise the connection is replaced with the new identity.
   */
  tokenChanged(): void {
    if (!this.started) return;
    const token = this.options.getToken();
    if (token === this.connectedToken) return;
    if (token && this.connectedToken && this.stateValue === 'online') {
      const previous = this.connectedToken;
      this.connectedToken = token;
      this.events.authenticate(token).catch(() => {
        // Refused (another user, or invalid): start over with what the page has now
        this.connectedToken = previous;
        this.reconnectNow();
      });
      return;
    }
    this.reconnectNow();
  }

  isOnline(): boolean {
    return this.stateValue === 'online' && this.socket !== null && this.socket.readyState === OPEN;
  }

  write(frame: ClientFrame | { type: string; [field: string]: unknown }): void {
    if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private reconnectNow(): void {
    this.closeSocket('identity changed');
    this.clearTimers();
    this.events.lost('reconnecting', false);
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

  private closeSocket(reason: string): void {
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      detach(socket);
      socket.close(1000, reason);
    }
  }

  private closed(socket: SocketLike, code: number): void {
    if (socket !== this.socket) return;
    this.socket = null;
    detach(socket);
    this.clearTimers();
    this.events.lost('connection-lost', true);
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
    this.reconnectTimer = this.heartbeatTimer = this.pongTimer = null;
  }

  private setState(state: ConnectionState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    for (const listener of [...this.stateListeners]) listener(state);
  }

  private startHeartbeat(seconds: number): void {
    const heartbeatMs = Math.max(1, seconds || DEFAULT_HEARTBEAT_SECONDS) * 1000;
    this.heartbeatTimer = setInterval(() => {
      if (this.pongTimer) return;
      this.pongTimer = setTimeout(() => {
        // No answer: the connection is half-open. Drop it; the close handler reconnects.
        this.pongTimer = null;
        const socket = this.socket;
        if (socket) {
          this.closed(socket, NO_PONG_CODE);
          socket.close(4000, 'no pong');
        }
      }, this.options.pongTimeoutMs);
      this.write({ type: 'ping' });
    }, heartbeatMs);
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
    this.events.frame(frame);
  }
}

function detach(socket: SocketLike): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  socket.onerror = null;
}
