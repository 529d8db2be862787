import { KolButton } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { busyButton, Feedback, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { formatDateTime } from '../../../i18n/format';
import { AppLink } from '../../../shared/ui/AppLink';
import { networkApi, type ContactRequest } from '../api';

/** One request: received and pending ones are answered here; accepted ones lead to the conversation. */
function RequestItem({ request }: { request: ContactRequest }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const act = (call: (id: number) => Promise<unknown>, key: 'networking.requests.accepted' | 'networking.requests.declined' | 'networking.person.blocked') => ({
    mutationFn: () => call(request.id),
    onSuccess: () => {
      setMessage(t(key, { name: request.otherName }));
      setFailure('');
      void queryClient.invalidateQueries({ queryKey: ['network'] });
    },
    onError: (error: unknown) => setFailure(errorMessage(error, t)),
  });
  const accept = useMutation(act(networkApi.accept, 'networking.requests.accepted'));
  const decline = useMutation(act(networkApi.decline, 'networking.requests.declined'));
  const block = useMutation(act(networkApi.blockRequest, 'networking.person.blocked'));
  const button = (label: string, m: typeof accept, variant: 'primary' | 'secondary' = 'secondary') => (
    <KolButton _label={label} _variant={variant} {...busyButton(m.isPending)} _on={{ onClick: whenIdle(m.isPending, () => m.mutate()) }} />
  );
  return (
    <li className="panel">
      <p>
        <strong>{request.otherName}</strong> · <time dateTime={request.createdAt}>{formatDateTime(request.createdAt, i18n.language)}</time>
      </p>
      {request.message && <blockquote>{request.message}</blockquote>}
      <p>{t(`networking.requests.status.${request.status}`)}</p>
      {request.conversationId && (
        <p>
          <AppLink to={`/gespraeche/${request.conversationId}`} label={t('networking.person.write', { name: request.otherName })} />
        </p>
      )}
      <div className="button-row">
        {request.incoming && request.status === 'pending' && (
          <>
            {button(t('networking.requests.accept', { name: request.otherName }), accept, 'primary')}
            {button(t('networking.requests.decline', { name: request.otherName }), decline)}
          </>
        )}
        {button(t('networking.person.block', { name: request.otherName }), block)}
      </div>
      <Feedback message={message} failure={failure} />
    </li>
  );
}

/** Requests received or sent, newest first. */
export function RequestList({ requests, label, empty }: { requests: ContactRequest[]; label: string; empty: string }) {
  if (requests.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ul className="booth-grid" aria-label={label}>
      {requests.map((r) => (
        <RequestItem key={r.id} request={r} />
      ))}
    </ul>
  );
}
