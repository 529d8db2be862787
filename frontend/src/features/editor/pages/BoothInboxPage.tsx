import { KolHeading, KolLink, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ContactRequest, type ContactRequestStatus } from '../../../shared/api';
import { ProtectedPage } from '../../../shared/auth/access';
import { useLabels } from '../../../shared/booth/labels';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { formatDateTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { editorApi } from '../api/editor';
import { QueryStatus } from '../../../shared/ui/QueryStatus';

const STATUSES: ContactRequestStatus[] = ['neu', 'in-bearbeitung', 'erledigt'];

export function BoothInboxPage() {
  const { t, i18n } = useTranslation();
  const { contactStatusName } = useLabels();
  const contentLang = useContentLang();
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const queryClient = useQueryClient();
  const requests = useQuery({
    queryKey: ['contact-requests', slug],
    queryFn: ({ signal }) => editorApi.contactRequests(slug, { signal }),
    enabled: granted,
  });
  const [message, setMessage] = useState('');
  const setStatus = useMutation({
    mutationFn: ({ id, status }: { id: number; status: ContactRequestStatus }) => editorApi.setContactRequestStatus(slug, id, status),
    onSuccess: (updated, { status }) => {
      queryClient.setQueryData<ContactRequest[]>(['contact-requests', slug], (list) =>
        list?.map((r) => (updated && r.id === updated.id ? updated : r)),
      );
      void queryClient.invalidateQueries({ queryKey: ['contact-requests', slug] });
      setMessage(t('inbox.statusSaved', { status: contactStatusName(status) }));
    },
    onError: (error) => setMessage(errorMessage(error, t)),
  });
  const forbidden = requests.error instanceof ApiError && (requests.error.status === 403 || requests.error.isNotFound);
  const list = requests.data ?? [];
  const open = list.filter((r) => r.status === 'neu').length;

  return (
    <ProtectedPage access={access} title={t('inbox.pageTitle', { name })} forbidden={forbidden} className="page--inbox">
      <BoothManageNav slug={slug} current="inbox" published={booth?.published} />
      <QueryStatus query={requests} showError={!forbidden} />
      {requests.data && (
        <p className="status-line">{t('inbox.count', { count: list.length, open })}</p>
      )}
      <p role="status" className="status-line">
        {message}
      </p>
      {requests.data && list.length === 0 && <p className="empty-state">{t('inbox.empty')}</p>}
      {list.length > 0 && (
        <ul className="inbox-list">
          {list.map((request) => (
            <li key={request.id} className={`inbox-item panel inbox-item--${request.status}`}>
              <KolHeading
                _label={request.organisation ? `${request.name} (${request.organisation})` : request.name}
                _level={2}
              />
              <p className="muted">
                {t('inbox.received', { date: formatDateTime(request.createdAt, i18n.language) })}
              </p>
              <p>
                {t('inbox.email')}: <KolLink _href={`mailto:${request.email}`} _label={request.email} />
              </p>
              <div className="inbox-item__message" lang={contentLang}>
                <Paragraphs text={request.message} />
              </div>
              <KolSelect
                _label={t('inbox.status', { name: request.name })}
                _options={STATUSES.map((s) => ({ label: contactStatusName(s), value: s }))}
                _value={request.status}
                _on={{
                  onChange: (_event: Event, value: unknown) => {
                    const status = String(Array.isArray(value) ? value[0] : value) as ContactRequestStatus;
                    if (status !== request.status && STATUSES.includes(status)) setStatus.mutate({ id: request.id, status });
                  },
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}
