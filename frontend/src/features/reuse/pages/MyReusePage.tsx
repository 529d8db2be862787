import { KolHeading } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReuseRequest } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ActionButton, Feedback } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { formatLongDate } from '../../../i18n/format';
import { reuseApi } from '../api';
import '../reuse.css';
import '../../../i18n/reuseTexts';
import { useReuseLabels } from '../../../shared/booth/reuseLabels';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { Fact } from '../../../shared/ui/Fact';

const MINE = ['my-reuse-requests'];

/** "Meine Nachnutzungen": the visitor's own requests, with confirming a reuse and withdrawing a request. */
export function MyReusePage() {
  const { t, i18n } = useTranslation();
  const { reuseStatusName } = useReuseLabels();
  
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const requests = useApiQuery(MINE, reuseApi.mine, { enabled: access === 'granted' });
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const done = (text: string) => {
    setFailure('');
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: MINE });
  };
  const confirm = useMutation({
    mutationFn: (id: number) => reuseApi.confirm(id),
    onSuccess: (request) => done(t('reuse.mine.confirmed', { year: request.adoptionYear })),
    onError: (error) => setFailure(errorMessage(error, t)),
  });
  const withdraw = useMutation({
    mutationFn: (id: number) => reuseApi.withdraw(id),
    onSuccess: () => done(t('reuse.mine.withdrawn')),
    onError: (error) => setFailure(errorMessage(error, t)),
  });
  const list = requests.data ?? [];
  const busy = confirm.isPending || withdraw.isPending;

  const item = (request: ReuseRequest) => (
    <li key={request.id} className="panel reuse-mine__item">
      <KolHeading
        _label={t('reuse.mine.item', { service: request.serviceName, organisation: request.organisation })}
        _level={2}
      />
      <dl className="facts facts--compact">
        <div>
          <dt>{t('reuse.mine.status')}</dt>
          <dd className={`reuse-status reuse-status--${request.status}`}>{reuseStatusName(request.status)}</dd>
        </div>
        <Fact label={t('reuse.mine.booth')}>
          <AppLink to={`/${request.booth.edition}/stand/${encodeURIComponent(request.booth.slug)}`} exact label={request.booth.name} />
        </Fact>
        <Fact label={t('reuse.mine.requested')}>{formatLongDate(request.createdAt.slice(0, 10), i18n.language)}</Fact>
        {request.reason && <Fact label={t('reuse.mine.reason')}>{request.reason}</Fact>}
      </dl>
      {request.confirmedAt && <p>{t('reuse.mine.confirmed', { year: request.adoptionYear })}</p>}
      <div className="button-row">
        {request.status === 'nachgenutzt' && !request.confirmedAt && (
          <ActionButton label={t('reuse.mine.confirm')} variant="primary" busy={busy} onClick={() => confirm.mutate(request.id)} />
        )}
        <ActionButton
          label={t('reuse.mine.withdraw')}
          variant="secondary"
          busy={busy}
          onClick={() => {
            if (window.confirm(t('reuse.mine.withdrawConfirm'))) withdraw.mutate(request.id);
          }}
        />
      </div>
    </li>
  );

  return (
    <ProtectedPage access={access} title={t('reuse.mine.pageTitle')} className="page--reuse-mine">
      <p>{t('reuse.mine.intro')}</p>
      <QueryStatus query={requests} />
      <Feedback message={message} failure={failure} />
      {requests.data && list.length === 0 && <p className="empty-state">{t('reuse.mine.empty')}</p>}
      {list.length > 0 && <ul className="reuse-mine">{list.map(item)}</ul>}
    </ProtectedPage>
  );
}
