import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { chatApi } from './api/chatRest';
import { useAuth } from '../../shared/auth/AuthContext';
import { useOpenChatClient } from '../../shared/realtime/hooks';

/** How often the unread count is asked for while no chat frame says it changed. */
export const UNREAD_POLL_MS = 60_000;
// A reply in a conversation the tab has not joined (the visitor is on another page) arrives only as the notification
// centre's frame, which reaches every connection of the user: without it the badge waited for the next poll.
const FRAMES_THAT_CHANGE_UNREAD = ['message', 'read', 'conversation', 'notification'] as const;

/**
 * Unread messages in the caller's private conversations (dm: channels), from GET /api/chat/unread.
 * Asked again when a chat frame on the open connection may have changed it (a message or read pointer of a joined
 * channel, a conversation, or a notification such as a reply in a conversation this tab has not joined), else once a minute while
 * the tab is visible (React Query pauses the interval in hidden tabs).
 */
export function useUnreadConversations(): number | null {
  const { status } = useAuth();
  const authenticated = status === 'authenticated';
  const queryClient = useQueryClient();
  const client = useOpenChatClient();
  const unread = useQuery({
    queryKey: ['chat', 'unread'],
    queryFn: ({ signal }) => chatApi.unread({ signal }),
    enabled: authenticated,
    refetchInterval: UNREAD_POLL_MS,
    refetchIntervalInBackground: false,
    select: (channels) =>
      channels.filter((c) => c.channel.startsWith('dm:')).reduce((sum, c) => sum + c.unread, 0),
  });

  useEffect(() => {
    if (!client || !authenticated) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A burst of messages is one refresh; the read pointer of the message just seen is written first
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: ['chat', 'unread'] });
        void queryClient.invalidateQueries({ queryKey: ['chat', 'my-conversations'] });
      }, 500);
    };
    // ... and a connection back after a loss, which missed the frames meanwhile
    const stops = [...FRAMES_THAT_CHANGE_UNREAD.map((type) => client.on(type, refresh)), client.onReconnect(refresh)];
    return () => {
      clearTimeout(timer);
      stops.forEach((stop) => stop());
    };
  }, [client, authenticated, queryClient]);

  return authenticated && unread.data !== undefined ? unread.data : null;
}
