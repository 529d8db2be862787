import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/ui/AppLink';
import { useNotifications } from '../useNotifications';

/**
 * "Benachrichtigungen" in the header with the number of unread ones. The number is read as part of the link
 * ("3 ungelesen"), not announced on its own: the page lists what happened.
 */
export function NotificationLink() {
  const { t } = useTranslation();
  const list = useNotifications();
  const unread = list.data?.unread ?? 0;
  return (
    <span className="notification-link" data-testid="notification-link" data-unread={unread}>
      <AppLink
        to="/benachrichtigungen"
        label={t('nav.notifications')}
        after={
          unread > 0 ? (
            <span className="unread-badge">
              <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
              <span className="visually-hidden">, {t('nav.notificationsUnread', { count: unread })}</span>
            </span>
          ) : null
        }
      />
    </span>
  );
}
