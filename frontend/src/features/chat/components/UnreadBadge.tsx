import { useTranslation } from 'react-i18next';
import { useUnreadConversations } from '../useUnread';

/**
 * The unread count next to "Meine Gespräche". Deliberately not a live region: it changes with every
 * message, and the chat panels announce messages already. The visible number is hidden from screen
 * readers, which read "3 ungelesene Nachrichten" as part of the link instead.
 */
export function UnreadBadge() {
  const { t } = useTranslation();
  const count = useUnreadConversations();
  if (!count) return null;
  return (
    <span className="unread-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">, {t('chat.unreadBadge', { count })}</span>
    </span>
  );
}
