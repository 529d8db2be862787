import { KolButton, KolHeading, KolInputText, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { Feedback, SubmitRow, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { meetingsApi, type Meeting } from '../api';
import { berlinWhen, localRange } from '../time';
import '../meetings.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';
import { textField } from '../../../shared/forms/textField';

/** One meeting for either side: time, room, and cancelling or moving it. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const meeting = useApiQuery(['meetings', 'one', id], (o) => meetingsApi.meeting(Number(id), o), {
    enabled: access === 'granted',
  });
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const done = (text: (m: Meeting) => string) => (updated: Meeting) => {
    queryClient.setQueryData(['meetings', 'one', id], updated);
    void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    setMessage(text(updated));
    setFailure('');
  };
  const failed = (error: unknown) => {
    setMessage('');
    setFailure(errorMessage(error, t));
  };
  const when = (m: { startsAt: string; endsAt: string }) => berlinWhen(m.startsAt, m.endsAt, i18n.language);
  const confirm = useMutation({
    mutationFn: () => meetingsApi.confirm(Number(id)),
    onSuccess: done((m) => t('meetings.detail.moved', { when: when(m) })),
    onError: failed,
  });
  const decline = useMutation({
    mutationFn: () => meetingsApi.decline(Number(id)),
    onSuccess: done(() => t('meetings.detail.declined')),
    onError: failed,
  });
  const join = useMutation({
    mutationFn: () => meetingsApi.join(Number(id)),
    onSuccess: ({ url }) => window.open(url, '_blank', 'noopener'),
    onError: failed,
  });
  const forbidden = meeting.error instanceof ApiError && meeting.error.isNotFound;
  const m = meeting.data;
  const local = m && localRange(m.startsAt, m.endsAt, i18n.language);
  const proposalLocal = m?.proposal && localRange(m.proposal.startsAt, m.proposal.endsAt, i18n.language);

  return (
    <ProtectedPage access={access} title={m ? t('meetings.detail.pageTitle', { topic: m.topic }) : t('meetings.mine.pageTitle')}
      forbidden={forbidden} className="page--meeting">
      <p>
        <AppLink to="/termine" label={t('meetings.mine.pageTitle')} />
      </p>
      {meeting.isPending && <Loading />}
      {meeting.isError && !forbidden && <ApiErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {m && (
        <>
          <dl className="meeting-facts">
            <dt>{t('meetings.detail.when')}</dt>
            <dd data-testid="meeting-when">
              {when(m)} {local && <>({t('meetings.yourTime', { time: local })})</>} · {t(`meetings.status.${m.status}`)}
            </dd>
            <dt>{t('meetings.detail.booth')}</dt>
            <dd>
              <span lang="de">{m.boothName}</span>, {m.expert ? t('meetings.expert', { name: m.expert }) : t('meetings.team')}
            </dd>
            {m.yourSide === 'booth' && (
              <>
                <dt>{t('meetings.side.visitor')}</dt>
                <dd>
                  {m.visitorName}
                  {m.visitorEmail && <> ({m.visitorEmail})</>}
                </dd>
              </>
            )}
            {m.questions && (
              <>
                <dt>{t('meetings.detail.questions')}</dt>
                <dd lang="de">
                  <Paragraphs text={m.questions} />
                </dd>
              </>
            )}
            <dt>{t('meetings.detail.video')}</dt>
            <dd>
              {m.status === 'booked' ? (
                <KolButton _label={t('meetings.detail.join')} _variant="secondary" {...busyButton(join.isPending)}
                  _on={{ onClick: whenIdle(join.isPending, () => join.mutate()) }} />
              ) : (
                t('meetings.detail.noVideo')
              )}
            </dd>
            {m.status === 'cancelled' && m.cancelledBy && (
              <>
                <dt>{t('meetings.status.cancelled')}</dt>
                <dd>
                  {t('meetings.detail.cancelledBy', { side: t(`meetings.side.${m.cancelledBy}`) })}
                  {m.cancelReason && <> – {t('meetings.detail.cancelReason', { reason: m.cancelReason })}</>}
                </dd>
              </>
            )}
          </dl>
          <p className="muted">{t('meetings.detail.sequence', { sequence: m.sequence })}</p>
          <Feedback message={message} failure={failure} />
          {m.status === 'booked' && m.proposal && (
            <section className="panel meeting-proposal" aria-labelledby="proposal-heading">
              <h2 id="proposal-heading">{t('meetings.detail.proposal', { when: when(m.proposal) })}</h2>
              {proposalLocal && <p>{t('meetings.yourTime', { time: proposalLocal })}</p>}
              <p>{t('meetings.detail.proposalBy', { side: t(`meetings.side.${m.proposal.proposedBy}`) })}</p>
              <p>{t('meetings.detail.proposalReason', { reason: m.proposal.reason })}</p>
              {m.proposal.proposedBy === m.yourSide ? (
                <p>{t('meetings.detail.waiting')}</p>
              ) : (
                <div className="button-row">
                  <KolButton _label={t('meetings.detail.confirm')} {...busyButton(confirm.isPending)} _on={{ onClick: whenIdle(confirm.isPending, () => confirm.mutate()) }} />
                  <KolButton _label={t('meetings.detail.decline')} _variant="secondary" {...busyButton(decline.isPending)}
                    _on={{ onClick: whenIdle(decline.isPending, () => decline.mutate()) }} />
                </div>
              )}
            </section>
          )}
          {m.status === 'booked' && (
            <div className="meeting-actions">
              <ProposeForm meeting={m} onDone={done(() => t('meetings.detail.proposed'))} onFailure={failed} />
              <CancelForm meeting={m} onDone={done(() => t('meetings.detail.cancelled'))} onFailure={failed} />
            </div>
          )}
        </>
      )}
    </ProtectedPage>
  );
}

interface ActionProps {
  meeting: Meeting;
  onDone: (m: Meeting) => void;
  onFailure: (error: unknown) => void;
}

function ProposeForm({ meeting, onDone, onFailure }: ActionProps) {
  const { t, i18n } = useTranslation();
  const slots = useApiQuery(['meetings', 'free', meeting.edition, meeting.booth], (o) =>
    meetingsApi.freeSlots(meeting.booth, { ...o, edition: meeting.edition }),
  );
  const [slotId, setSlotId] = useState('');
  const [reason, setReason] = useState('');
  const free = slots.data?.slots ?? [];
  const chosen = slotId || (free[0] ? String(free[0].id) : '');
  const propose = useMutation({
    mutationFn: (id: number) => meetingsApi.propose(meeting.id, id, reason),
    onSuccess: (updated) => {
      setReason('');
      void slots.refetch();
      onDone(updated);
    },
    onError: onFailure,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate(Number(chosen));
  };
  return (
    <section>
      <KolHeading _label={t('meetings.detail.propose')} _level={2} />
      {slots.data && free.length === 0 ? (
        <p className="empty-state">{t('meetings.detail.noOtherSlots')}</p>
      ) : (
        <form className="meeting-form" onSubmit={submit} noValidate>
          <KolSelect
            _label={t('meetings.detail.proposeSlot')}
            _options={free.map((s) => ({ label: berlinWhen(s.startsAt, s.endsAt, i18n.language), value: String(s.id) }))}
            _value={chosen}
            _on={{ onChange: (_e: Event, v: unknown) => setSlotId(kolValue(v)) }}
          />
          <KolInputText
            _label={t('meetings.detail.proposeReason')}
            _required
            _maxLength={1000}
            {...textField(reason, setReason)}
          />
          <SubmitRow label={t('meetings.detail.proposeSubmit')} busy={propose.isPending} variant="secondary" />
        </form>
      )}
    </section>
  );
}

function CancelForm({ meeting, onDone, onFailure }: ActionProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => meetingsApi.cancel(meeting.id, reason),
    onSuccess: onDone,
    onError: onFailure,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate();
  };
  return (
    <section>
      <KolHeading _label={t('meetings.detail.cancel')} _level={2} />
      <form className="meeting-form" onSubmit={submit} noValidate>
        <KolTextarea
          _label={t('meetings.detail.cancelReason2')}
          _rows={2}
          _maxLength={1000}
          {...textField(reason, setReason)}
        />
        <SubmitRow label={t('meetings.detail.cancel')} busy={cancel.isPending} variant="secondary" />
      </form>
    </section>
  );
}
