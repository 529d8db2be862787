import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useAuth } from '../../shared/auth/AuthContext';
import { useChatClient } from '../../shared/realtime/hooks';
import { NOTIFICATIONS_KEY, notificationsApi } from './api';
import { useApiQuery } from '../../shared/api/useApiQuery';

/** How often the list is asked for while no frame says it changed (a lost connection, another instance's restart). */
const POLL_MS = 120_000;

/**
 * The user's notifications, fetched again the moment the server sends a `notification` frame on the tab's
 * WebSocket (docs/notifications.md), so every open tab shows a new one without reload, and again when the
 * connection comes back after a loss.
 */
export function useNotifications() {
  const { status } = useAuth();
  const authenticated = status === 'authenticated';
  const queryClient = useQueryClient();
  const client = useChatClient();
  const list = useApiQuery(NOTIFICATIONS_KEY, notificationsApi.mine, {
    enabled: authenticated,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  useEffect(() => {
    if (!client || !authenticated) return;
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      // what a notification is about may be on screen: meetings refresh too
      void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    };
    // A frame sent while the connection was away is lost: a connection back reads the list afresh
    const stops = [client.on('notification', refresh), client.onReconnect(refresh)];
    return () => stops.forEach((stop) => stop());
  }, [client, authenticated, queryClient]);
  return list;
}
