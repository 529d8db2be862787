import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../shared/auth/AuthContext';
import { useOpenChatClient } from '../../../shared/realtime/hooks';
import { AppLink } from '../../../shared/ui/AppLink';
import { chatApi } from '../api/chatRest';

export const WAITING_KEY = ['chat', 'waiting'] as const;
/** How often the count is asked for while no frame says it changed (staff off duty get no conversation frames). */
export const WAITING_POLL_MS = 60_000;

/**
 * In the header of staff: the conversations at their booths that nobody of the team has answered or claimed yet,
 * linking to the staff console (to "Meine Messestände" when several booths have some). On duty (the console's switch;
 * the tab stays on duty on every page) each change of a booth's conversations arrives as a `conversation` frame and
 * the count is asked for again at once; otherwise once a minute. The number is read as part of the link, and a rise is
 * announced politely once.
 */
export function WaitingConversationsLink() {
  const { t } = useTranslation();
  const { status } = useAuth();
  const authenticated = status === 'authenticated';
  const queryClient = useQueryClient();
  const client = useOpenChatClient();
  const waiting = useQuery({
    queryKey: WAITING_KEY,
    queryFn: ({ signal }) => chatApi.waiting({ signal }),
    enabled: authenticated,
    refetchInterval: WAITING_POLL_MS,
    refetchIntervalInBackground: false,
  });

  useEffect(() => {
    if (!client || !authenticated) return;
    return client.on('conversation', () => void queryClient.invalidateQueries({ queryKey: WAITING_KEY }));
  }, [client, authenticated, queryClient]);

  const booths = waiting.data ?? [];
  const total = booths.reduce((sum, booth) => sum + booth.waiting, 0);
  // A rise after the first answer is news for the staff member (the first count is just the state of things)
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (waiting.data === undefined) return;
    if (previous.current !== null && total > previous.current) setAnnouncement(t('chat.waiting.arrived', { count: total }));
    previous.current = total;
  }, [waiting.data, total, t]);

  const to = booths.length === 1 ? `/mein-stand/${encodeURIComponent(booths[0].slug)}/chat` : '/mein-stand';
  return (
    <span className="waiting-conversations" data-testid="waiting-conversations" data-waiting={total}>
      {total > 0 && (
        <AppLink
          to={to}
          label={booths.length === 1 ? t('chat.waiting.linkAt', { name: booths[0].boothName }) : t('chat.waiting.link')}
          after={
            <span className="unread-badge">
              <span aria-hidden="true">{total > 99 ? '99+' : total}</span>
              <span className="visually-hidden">, {t('chat.waiting.count', { count: total })}</span>
            </span>
          }
        />
      )}
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </span>
  );
}
