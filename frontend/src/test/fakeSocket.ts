import { beforeEach } from 'vitest';
import { setChatSocketFactory } from '../shared/realtime/hooks';
import type { ChatMessage, ClientFrame, SocketLike } from '../shared/realtime/chatClient';

/** A WebSocket stand-in: records what the client sends; the test plays the server. */
export class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  readonly sent: ClientFrame[] = [];
  closedWith: number | null = null;

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(JSON.parse(data) as ClientFrame);
  }

  close(code = 1000): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  /** The server answers the handshake with welcome. */
  welcome(user: string | null = 'besucher', heartbeatSeconds = 25, roles = ['visitor']): void {
    this.readyState = 1;
    this.onopen?.({});
    this.push({
      type: 'welcome',
      protocol: 1,
      connectionId: 'c1',
      user: user ? { username: user, name: user, roles, expiresAt: '2026-12-01T22:00:00Z' } : undefined,
      limits: { maxTextLength: 2000, rateLimitMessages: 5, rateLimitWindowSeconds: 10, maxFrameBytes: 16384, maxSubscriptions: 50 },
      heartbeatSeconds,
      idleTimeoutSeconds: 75,
    });
  }

  push(frame: object): void {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }

  /** The network drops the connection (no close frame). */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }

  lastOf<T extends ClientFrame['type']>(type: T): Extract<ClientFrame, { type: T }> {
    const found = this.sent.filter((f) => f.type === type);
    if (found.length === 0) throw new Error(`no ${type} frame sent; sent: ${this.sent.map((f) => f.type).join(',')}`);
    return found[found.length - 1] as Extract<ClientFrame, { type: T }>;
  }

  ofType<T extends ClientFrame['type']>(type: T): Extract<ClientFrame, { type: T }>[] {
    return this.sent.filter((f) => f.type === type) as Extract<ClientFrame, { type: T }>[];
  }

  /** Answers the last subscribe to the channel: subscribed, then backfill. */
  joined(
    channel: string,
    messages: ChatMessage[],
    { reset = true, head = maxRev(messages), permissions = { write: true, moderate: false } as { write: boolean; moderate: boolean; muted?: boolean; mutedUntil?: string | null }, conversation = null as object | null, lastReadSeq = 0, unread = 0 } = {},
  ): void {
    const subscribe = this.sent.filter((f) => f.type === 'subscribe' && f.channel === channel).pop();
    if (!subscribe) throw new Error(`no subscribe for ${channel}`);
    this.push({
      type: 'subscribed',
      ref: subscribe.ref,
      channel,
      head,
      settings: { anonymousRead: false, slowModeSeconds: 0 },
      permissions,
      lastReadSeq,
      unread,
      conversation,
    });
    this.push({ type: 'backfill', channel, messages, head, reset, hasMore: false });
  }
}

export function maxRev(messages: ChatMessage[]): number {
  return messages.reduce((max, m) => Math.max(max, m.rev), 0);
}

export function message(seq: number, text: string, { rev = seq, author = 'experte', clientMsgId = `id-${seq}` } = {}): ChatMessage {
  return {
    seq,
    rev,
    clientMsgId,
    author: { username: author, name: author === 'experte' ? 'Sven Sörensen' : 'Bea Sucher' },
    text,
    createdAt: '2026-12-01T21:00:00Z',
    editedAt: rev > seq ? '2026-12-01T21:01:00Z' : null,
    deleted: false,
  };
}


/** Every socket the app opened, newest last; the test plays the server on them. */
export class FakeChatServer {
  readonly sockets: FakeSocket[] = [];
  readonly factory = (url: string, protocols: string[]) => {
    const socket = new FakeSocket(url, protocols);
    this.sockets.push(socket);
    return socket;
  };

  get socket(): FakeSocket {
    const last = this.sockets[this.sockets.length - 1];
    if (!last) throw new Error('no chat connection opened');
    return last;
  }
}

/**
 * The FakeChatServer of the calling describe block: before each test it forgets the sockets of the last one and
 * stands behind the app's chat socket again.
 */
export function useFakeChatServer(): FakeChatServer {
  const server = new FakeChatServer();
  beforeEach(() => {
    server.sockets.length = 0;
    setChatSocketFactory(server.factory);
  });
  return server;
}
