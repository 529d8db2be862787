import { KolHeading } from '@public-ui/react-v19';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chatApi } from '../api/chatRest';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { hasRole } from '../../../shared/auth/roles';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { managePath } from '../../../shared/booth/BoothManageNav';
import { useMyBooths } from '../../../shared/booth/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDateTime } from '../../../i18n/format';
import { Fact } from '../../../shared/ui/Fact';

/**
 * "Meine Gespräche": the visitor's private conversations with booth teams, most recently active first,
 * with status, unread count and the way to each conversation.
 */
export function ConversationsPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('visitor');
  const granted = access === 'granted';
  const { me } = useCurrentUser();
  const conversations = useQuery({
    queryKey: ['chat', 'my-conversations'],
    queryFn: ({ signal }) => chatApi.myConversations({ signal }),
    enabled: granted,
  });
  const list = conversations.data ?? [];
  const staff = granted && hasRole(me?.roles, 'exhibitor');
  const myBooths = useMyBooths(staff);

  return (
    <ProtectedPage access={access} title={t('chat.conversations.pageTitle')} className="page--conversations">
      <p>{t('chat.conversations.intro')}</p>
      {staff && (
        <section className="panel staff-consoles">
          <p>{t('chat.conversations.staffHint')}</p>
          {myBooths.data && myBooths.data.length > 0 ? (
            <ul className="inline-links">
              {myBooths.data.map((booth) => (
                <li key={booth.slug}>
                  <AppLink to={managePath(booth.slug, 'chat')} label={t('chat.conversations.consoleLink', { booth: booth.name })} />
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <AppLink to="/mein-stand" label={t('chat.conversations.staffLink')} />
            </p>
          )}
        </section>
      )}
      {conversations.isPending && granted && <p className="status-line">{t('common.loading')}</p>}
      {conversations.isError && <ApiErrorAlert error={conversations.error} onRetry={() => void conversations.refetch()} />}
      {conversations.data && list.length === 0 && (
        <div className="empty-state">
          <p>{t('chat.conversations.empty')}</p>
          <p>
            <AppLink to="/halle" label={t('chat.conversations.toHall')} />
          </p>
        </div>
      )}
      {list.length > 0 && (
        <ul className="my-conversations" aria-label={t('chat.conversations.caption')}>
          {list.map((c) => (
            <li key={c.id} className={`panel my-conversations__item${c.unread > 0 ? ' has-unread' : ''}`}>
              <KolHeading _label={c.exhibitorName} _level={2} />
              <dl className="my-conversations__facts">
                <Fact label={t('chat.conversations.booth')}>{c.boothName}</Fact>
                <Fact label={t('chat.conversations.status')}>{t(`chat.conversation.${c.status}`)}</Fact>
                <Fact label={t('chat.conversations.unread')}>
                  {c.unread > 0 ? (
                    <strong>{t('chat.conversations.unreadCount', { count: c.unread })}</strong>
                  ) : (
                    t('chat.conversations.noUnread')
                  )}
                </Fact>
                <Fact label={t('chat.conversations.lastActivity')}>
                  <time dateTime={c.updatedAt}>{formatDateTime(c.updatedAt, i18n.language)}</time>
                </Fact>
              </dl>
              <p>
                <AppLink
                  to={`/gespraeche/${c.id}`}
                  label={t('chat.conversations.open', { exhibitor: c.exhibitorName })}
                  variant="primary"
                />
              </p>
            </li>
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}
