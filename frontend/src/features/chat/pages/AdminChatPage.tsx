import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatApi, type ChatLogEntry } from '../api/chatRest';
import { useAccess } from '../../../shared/auth/access';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { ActionButton } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { SanctionList } from '../components/SanctionList';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { formatDateTime } from '../../../i18n/format';
import '../../../i18n/adminTexts';
import { ColumnHeads } from '../../../shared/ui/ColumnHeads';

/** Chat moderation for admins: the report queue, mutes and bans of every channel, and the moderation log. */
export function AdminChatPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const granted = access === 'granted';
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const [logPage, setLogPage] = useState(0);
  const reports = useQuery({
    queryKey: ['chat', 'reports'],
    queryFn: ({ signal }) => chatApi.reports('open', { signal }),
    enabled: granted,
  });
  const support = useQuery({
    queryKey: ['chat', 'support'],
    queryFn: ({ signal }) => chatApi.supportConversations('open', { signal }),
    enabled: granted,
  });
  const log = useQuery({
    queryKey: ['chat', 'log', logPage],
    queryFn: ({ signal }) => chatApi.log(logPage, { signal }),
    enabled: granted,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['chat'] });
  const resolve = useMutation({
    mutationFn: ({ id, status, deleteMessage }: { id: number; status: 'resolved' | 'dismissed'; deleteMessage: boolean }) =>
      chatApi.resolve(id, status, deleteMessage),
    onSuccess: () => {
      setNotice(t('chat.moderation.handled'));
      refresh();
    },
    onError: (e) => setNotice(errorMessage(e, t)),
  });
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const actionName = (entry: ChatLogEntry) => {
    const key = `chat.moderation.actionName.${entry.action}`;
    return i18n.exists(key) ? t(key as 'chat.moderation.actionName.message-deleted') : entry.action;
  };

  return (
    <AdminAreaPage access={access} title={t('chat.moderation.pageTitle')} className="page--admin-chat">
      <p role="status" className="status-line">
        {notice}
      </p>

      <section className="panel admin-section" data-testid="support-conversations">
        <KolHeading _label={t('chat.support.heading')} _level={2} />
        <p>{t('chat.support.intro')}</p>
        {support.isPending && granted && <p className="status-line">{t('common.loading')}</p>}
        {support.isError && <ApiErrorAlert error={support.error} onRetry={() => void support.refetch()} />}
        {support.data && support.data.length === 0 && <p className="empty-state">{t('chat.support.empty')}</p>}
        {support.data && support.data.length > 0 && (
          <ul>
            {support.data.map((c) => (
              <li key={c.id}>
                <AppLink to={`/gespraeche/${c.id}`} label={t('chat.support.open', { name: c.visitorName })} />
                {' · '}
                {formatDateTime(c.updatedAt, i18n.language)}
                {c.unread > 0 && <> · {t('chat.support.unread', { count: c.unread })}</>}
                {c.handlerName && <> · {t('chat.support.handledBy', { name: c.handlerName })}</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel admin-section">
        <KolHeading _label={t('chat.moderation.reports')} _level={2} />
        {reports.isPending && granted && <p className="status-line">{t('common.loading')}</p>}
        {reports.isError && <ApiErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />}
        {reports.data && reports.data.items.length === 0 && <p className="empty-state">{t('chat.moderation.reportsEmpty')}</p>}
        {reports.data && reports.data.items.length > 0 && (
          <ol className="report-queue">
            {reports.data.items.map((report) => (
              <li key={report.id} className="report-queue__item">
                <KolHeading _label={t('chat.moderation.author', { user: report.author, channel: report.channel })} _level={3} />
                <blockquote className="report-queue__text">{report.text ?? t('chat.moderation.deletedText')}</blockquote>
                <p className="muted">
                  {t('chat.moderation.reportedBy', { user: report.reporter, date: date(report.createdAt) })}
                  {' · '}
                  {t('chat.moderation.reason', { reason: report.reason || t('chat.moderation.noReason') })}
                </p>
                <div className="button-row">
                  <ActionButton
                    label={t('chat.moderation.resolveDelete')}
                    variant="danger"
                    busy={resolve.isPending}
                    onClick={() => resolve.mutate({ id: report.id, status: 'resolved', deleteMessage: true })}
                  />
                  <ActionButton
                    label={t('chat.moderation.resolve')}
                    variant="secondary"
                    busy={resolve.isPending}
                    onClick={() => resolve.mutate({ id: report.id, status: 'resolved', deleteMessage: false })}
                  />
                  <ActionButton
                    label={t('chat.moderation.dismiss')}
                    variant="secondary"
                    busy={resolve.isPending}
                    onClick={() => resolve.mutate({ id: report.id, status: 'dismissed', deleteMessage: false })}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <SanctionList />

      <section className="panel admin-section">
        <KolHeading _label={t('chat.moderation.log')} _level={2} />
        {log.isError && <ApiErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
        {log.data && log.data.items.length === 0 && <p className="empty-state">{t('chat.moderation.logEmpty')}</p>}
        {log.data && log.data.items.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('chat.moderation.logCaption')}>
            <table className="data-table">
              <caption>{t('chat.moderation.logCaption')}</caption>
              <ColumnHeads
                columns={[
                  t('chat.moderation.when'),
                  t('chat.moderation.actor'),
                  t('chat.moderation.action'),
                  t('chat.moderation.target'),
                  t('chat.moderation.channel'),
                  t('chat.moderation.detail'),
                ]}
              />
              <tbody>
                {log.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{date(entry.createdAt)}</td>
                    <td>{entry.actor}</td>
                    <td>{actionName(entry)}</td>
                    <td>{entry.targetUser ?? '–'}</td>
                    <td>{entry.channel ? `${entry.channel}${entry.seq ? ` #${entry.seq}` : ''}` : '–'}</td>
                    <td>{entry.detail ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {log.data && log.data.totalPages > 1 && (
          <div className="button-row">
            <KolButton
              _label={t('chat.moderation.previous')}
              _variant="secondary"
              _disabled={logPage === 0}
              _on={{ onClick: () => setLogPage((p) => Math.max(0, p - 1)) }}
            />
            <KolButton
              _label={t('chat.moderation.next')}
              _variant="secondary"
              _disabled={logPage + 1 >= log.data.totalPages}
              _on={{ onClick: () => setLogPage((p) => p + 1) }}
            />
          </div>
        )}
      </section>
    </AdminAreaPage>
  );
}
