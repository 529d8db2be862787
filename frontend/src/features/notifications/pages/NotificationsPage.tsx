import { KolButton } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { formatDateTime } from '../../../i18n/format';
import { describeNotification } from '../describe';
import { NOTIFICATIONS_KEY, notificationsApi, type AppNotification } from '../api';
import { useNotifications } from '../useNotifications';

/** The notification centre: what happened, newest first, each leading to its place; mark one or all read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const list = useNotifications();
  const [message, setMessage] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markRead = useMutation({
    mutationFn: (id: number) => notificationsApi.markRead(id),
    onSuccess: () => {
      setMessage(t('notifications.markedRead'));
      refresh();
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  const markAll = useMutation({
    mutationFn: () => notificationsApi.markAllRead(),
    onSuccess: () => {
      setMessage(t('notifications.allRead'));
      refresh();
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  const text = (n: AppNotification) => describeNotification(n, t, i18n.language);

  return (
    <ProtectedPage access={access} title={t('notifications.pageTitle')} className="page--notifications">
      <p role="status" className="status-line">
        {message}
      </p>
      <QueryStatus query={list} />
      {list.data && (
        <p className="status-line" data-testid="notifications-unread">
          {t('notifications.unread', { count: list.data.unread })}
        </p>
      )}
      <p>
        <AppLink to="/benachrichtigungen/einstellungen" label={t('notifications.settingsLink')} />
      </p>
      {list.data && list.data.unread > 0 && (
        <div className="button-row">
          <KolButton _label={t('notifications.markAll')} _variant="secondary" {...busyButton(markAll.isPending)}
            _on={{ onClick: whenIdle(markAll.isPending, () => markAll.mutate()) }} />
        </div>
      )}
      {list.data?.items.length === 0 && <p className="empty-state">{t('notifications.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul className="meeting-list" aria-label={t('notifications.listLabel')}>
          {list.data.items.map((n) => (
            <li key={n.id} className={`panel notification-item${n.read ? '' : ' notification-item--unread'}`}>
              <p>
                {!n.read && <strong>{t('notifications.new')}: </strong>}
                {text(n)}
              </p>
              <p className="muted">{formatDateTime(n.createdAt, i18n.language)}</p>
              <div className="button-row">
                {n.link && <AppLink to={n.link} label={`${t('notifications.open')}: ${n.subject}`} />}
                {!n.read && (
                  <KolButton _label={`${t('notifications.markRead')}: ${n.subject}`} _variant="tertiary"
                    {...busyButton(markRead.isPending)} _on={{ onClick: whenIdle(markRead.isPending, () => markRead.mutate(n.id)) }} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}
