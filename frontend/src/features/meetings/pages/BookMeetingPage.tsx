import { KolHeading, KolSelect, KolInputText, KolTextarea } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { Feedback, SubmitRow } from '../../../shared/forms/Feedback';
import { errorMessage, fieldErrors } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { AppLink } from '../../../shared/ui/AppLink';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { meetingsApi, type Meeting } from '../api';
import { berlinWhen, localRange } from '../time';
import '../meetings.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';
import { textField } from '../../../shared/forms/textField';

/** A visitor books a free slot at a booth with a topic and, if they like, questions. */
export function BookMeetingPage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const access = useAccess('visitor');
  const queryClient = useQueryClient();
  const slots = useApiQuery(['meetings', 'free', slug], (o) => meetingsApi.freeSlots(slug, o));
  const [slotId, setSlotId] = useState('');
  const [topic, setTopic] = useState('');
  const [questions, setQuestions] = useState('');
  const [booked, setBooked] = useState<Meeting>();
  const [failure, setFailure] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const book = useMutation({
    mutationFn: (id: number) => meetingsApi.book(id, topic, questions),
    onSuccess: (meeting) => {
      setBooked(meeting);
      setFailure('');
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: ['meetings'] });
    },
    onError: (error) => {
      setFailure(errorMessage(error, t));
      setErrors(error instanceof ApiError ? fieldErrors(error.problem?.errors, '', t) : {});
      void slots.refetch();
    },
  });
  const free = slots.data?.slots ?? [];
  const chosen = slotId || (free[0] ? String(free[0].id) : '');
  const name = slots.data?.boothName ?? slug;
  const label = (s: (typeof free)[number]) => {
    const local = localRange(s.startsAt, s.endsAt, i18n.language);
    const who = s.expert ? ` (${t('meetings.expert', { name: s.expert })})` : '';
    return `${berlinWhen(s.startsAt, s.endsAt, i18n.language)}${local ? ` – ${t('meetings.yourTime', { time: local })}` : ''}${who}`;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    book.mutate(Number(chosen));
  };

  return (
    <ProtectedPage access={access} title={t('meetings.book.pageTitle', { name })} className="page--book-meeting">
      <p>
        <AppLink to={`/stand/${encodeURIComponent(slug)}`} label={t('meetings.book.back')} />
      </p>
      <p className="lead">{t('meetings.book.intro')}</p>
      <p className="muted">{t('meetings.zoneNote')}</p>
      <QueryStatus query={slots} />
      {booked ? (
        <>
          <p role="status" className="form-result">
            {t('meetings.book.booked', { when: berlinWhen(booked.startsAt, booked.endsAt, i18n.language) })}
          </p>
          <p>
            <AppLink to={`/termine/${booked.id}`} label={`${t('meetings.open')}: ${booked.topic}`} />
          </p>
          <p>
            <AppLink to="/termine" label={t('meetings.book.toMine')} />
          </p>
        </>
      ) : (
        slots.data && (
          <>
            <KolHeading _label={t('meetings.book.slots')} _level={2} />
            {free.length === 0 ? (
              <p className="empty-state">{t('meetings.book.noSlots')}</p>
            ) : (
              <form className="meeting-form" onSubmit={submit} noValidate>
                <KolSelect
                  _label={t('meetings.book.slot')}
                  _options={free.map((s) => ({ label: label(s), value: String(s.id) }))}
                  _value={chosen}
                  _required
                  _on={{ onChange: (_e: Event, v: unknown) => setSlotId(kolValue(v)) }}
                />
                <KolInputText
                  _label={t('meetings.book.topic')}
                  _required
                  _maxLength={200}
                  {...textField(topic, setTopic)}
                  _touched={Boolean(errors.topic)}
                  _msg={kolMsg(errors.topic?.join(' '))}
                />
                <KolTextarea
                  _label={t('meetings.book.questions')}
                  _rows={3}
                  _maxLength={2000}
                  {...textField(questions, setQuestions)}
                />
                <SubmitRow label={t('meetings.book.submit')} busy={book.isPending} />
              </form>
            )}
          </>
        )
      )}
      <Feedback message="" failure={failure} />
    </ProtectedPage>
  );
}
