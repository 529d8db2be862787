import { afterEach, beforeEach, vi } from 'vitest';
import { ChatClient } from '../shared/realtime/chatClient';
import { FakeSocket } from './fakeSocket';

/** sessionStorage as the outbox uses it. */
export class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

export const CHANNEL = 'booth:kreis-soest-umzug';

export interface ChatHarness {
  /** Every socket the clients opened, oldest first; the test plays the server on them. */
  sockets: FakeSocket[];
  /** What getToken answers; change it to log in, out or renew. */
  token: string | undefined;
  storage: MemoryStorage;
  /** A new client on fake sockets, fake timers, the shared storage and predictable ids. */
  client(): ChatClient;
  /** The socket opened last. */
  socket(): FakeSocket;
  /** A new client, started and welcomed by the server as besucher. */
  connected(): ChatClient;
}

/** Fresh sockets, token, storage and fake timers for each test of the calling file. */
export function useChatHarness(): ChatHarness {
  let ids = 0;
  const harness: ChatHarness = {
    sockets: [],
    token: undefined,
    storage: new MemoryStorage(),
    client: () =>
      new ChatClient({
        url: 'ws://localhost/ws/chat',
        getToken: () => harness.token,
        getLanguage: () => 'de',
        createSocket: (url, protocols) => {
          const socket = new FakeSocket(url, protocols);
          harness.sockets.push(socket);
          return socket;
        },
        storage: harness.storage,
        newId: () => `msg-${++ids}`,
        random: () => 1,
      }),
    socket: () => harness.sockets[harness.sockets.length - 1],
    connected: () => {
      const chat = harness.client();
      chat.start();
      harness.socket().welcome();
      return chat;
    },
  };

  beforeEach(() => {
    vi.useFakeTimers();
    harness.sockets = [];
    harness.token = 'token-1';
    harness.storage = new MemoryStorage();
    ids = 0;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  return harness;
}
