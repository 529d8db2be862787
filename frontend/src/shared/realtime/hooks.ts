import { useEffect, useState, useSyncExternalStore } from 'react';
import { ChatClient, type ChannelSnapshot, type ConnectionState, type SocketLike } from './chatClient';
import { currentLanguage } from '../../i18n';
import { useAuth } from '../auth/AuthContext';

/**
 * The one chat connection of this tab, shared by every panel (booth, stage, conversation, staff
 * console). It opens when the first chat view mounts, after the login state is known.
 */
let shared: ChatClient | null = null;
let token: string | undefined;
let socketFactory: ((url: string, protocols: string[]) => SocketLike) | undefined;
const clientListeners = new Set<(client: ChatClient | null) => void>();

/** Tests replace the browser's WebSocket. */
export function setChatSocketFactory(factory: ((url: string, protocols: string[]) => SocketLike) | undefined): void {
  socketFactory = factory;
  shared?.stop();
  shared = null;
  clientListeners.forEach((listener) => listener(null));
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function chatClient(): ChatClient {
  if (!shared) {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const client = new ChatClient({
      url: `${scheme}//${window.location.host}/ws/chat`,
      getToken: () => token,
      getLanguage: () => currentLanguage(),
      // Like the login, the outbox lives in sessionStorage only (privacy statement)
      storage: sessionStore(),
      ...(socketFactory ? { createSocket: socketFactory } : {}),
    });
    window.addEventListener('online', () => client.networkOnline());
    window.addEventListener('offline', () => client.networkOffline());
    shared = client;
    clientListeners.forEach((listener) => listener(client));
  }
  return shared;
}

/**
 * The tab's connection once a chat view has opened it, without opening one: views that only follow
 * the chat (the unread badge) listen on it when it is there.
 */
export function useOpenChatClient(): ChatClient | null {
  return useSyncExternalStore(
    (notify) => {
      clientListeners.add(notify);
      return () => clientListeners.delete(notify);
    },
    () => shared,
  );
}

/**
 * The shared client, started once the login state is known and told about every new token
 * (oidc-client-ts renews it silently; an auth frame then keeps the connection).
 */
export function useChatClient(): ChatClient | null {
  const { status, user } = useAuth();
  const known = status === 'authenticated' || status === 'anonymous';
  const accessToken = status === 'authenticated' ? user?.access_token : undefined;
  const [client, setClient] = useState<ChatClient | null>(null);
  useEffect(() => {
    if (!known) return;
    token = accessToken;
    const chat = chatClient();
    chat.start();
    chat.tokenChanged();
    setClient(chat);
  }, [known, accessToken]);
  return client;
}

export function useConnectionState(client: ChatClient | null): ConnectionState {
  return useSyncExternalStore(
    (notify) => (client ? client.onStateChange(notify) : () => {}),
    () => client?.state ?? 'connecting',
  );
}

/** Follows a channel for as long as the component is mounted; null until the client is there. */
export function useChannel(client: ChatClient | null, channel: string | null): ChannelSnapshot | null {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!client || !channel) return;
    const release = client.join(channel, () => setVersion((v) => v + 1));
    setVersion((v) => v + 1);
    return release;
  }, [client, channel]);
  void version;
  return client && channel ? (client.snapshot(channel) ?? null) : null;
}

/** "N Expertinnen/Experten online" of a booth, live; null until the first count. */
export function usePresence(client: ChatClient | null, booth: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!client) return;
    return client.watch(booth, setCount);
  }, [client, booth]);
  return count;
}
