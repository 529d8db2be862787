import type { Iso8601 } from '@public-ui/components';
import { KolButton, KolHeading, KolInputDate, KolInputText, KolSelect } from '@public-ui/react-v19';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ApiError } from '../../../shared/api';
import { ProtectedPage } from '../../../shared/auth/access';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { Feedback, SubmitRow, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { Loading } from '../../../shared/ui/Loading';
import { formatDate } from '../../../i18n/format';
import { meetingsApi, type NewAvailability } from '../api';
import { MeetingList } from '../components/MeetingItem';
import { berlinRange, byBerlinDay } from '../time';
import '../meetings.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';
import { useFormOutcome } from '../../../shared/forms/useFormOutcome';

const LENGTHS = [15, 30, 45, 60];

interface Fields {
  date: string;
  from: string;
  to: string;
  slotMinutes: string;
  breakFrom: string;
  breakTo: string;
  expert: string;
  videoLink: string;
}

const EMPTY: Fields = { date: '', from: '09:00', to: '12:00', slotMinutes: '30', breakFrom: '', breakTo: '', expert: '', videoLink: '' };

/** The booth's appointment calendar for its team: publishing times, a day view of the slots and the list of meetings. */
export function BoothCalendarPage() {
  const { t, i18n } = useTranslation();
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const queryClient = useQueryClient();
  const slots = useApiQuery(['meetings', 'team-slots', slug], (o) => meetingsApi.teamSlots(slug, o), { enabled: granted });
  const calendar = useApiQuery(['meetings', 'calendar', slug], (o) => meetingsApi.calendar(slug, o), { enabled: granted });
  const [fields, setFields] = useState<Fields>(EMPTY);
  const { message, setMessage, failure, setFailure, errors, succeeded, failed } = useFormOutcome();
  const [view, setView] = useState<'day' | 'list'>('day');
  const [day, setDay] = useState('');
  const set = (change: Partial<Fields>) => setFields((f) => ({ ...f, ...change }));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['meetings'] });

  const publish = useMutation({
    mutationFn: (body: NewAvailability) => meetingsApi.publish(slug, body),
    onSuccess: (result, body) => {
      succeeded(t('meetings.calendar.published', { count: result.slots.length }));
      setDay(body.date);
      refresh();
    },
    onError: failed,
  });
  const withdraw = useMutation({
    mutationFn: (id: number) => meetingsApi.withdraw(slug, id),
    onSuccess: () => {
      setMessage(t('meetings.calendar.withdrawn'));
      refresh();
    },
    onError: (error) => setFailure(errorMessage(error, t)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate({
      date: fields.date,
      from: fields.from,
      to: fields.to,
      slotMinutes: Number(fields.slotMinutes),
      breaks: fields.breakFrom && fields.breakTo ? [{ from: fields.breakFrom, to: fields.breakTo }] : [],
      expert: fields.expert || undefined,
      videoLink: fields.videoLink || undefined,
    });
  };
  const msg = (field: string) => ({ _touched: Boolean(errors[field]), _msg: kolMsg(errors[field]?.join(' ')) });
  const forbidden = slots.error instanceof ApiError && (slots.error.status === 403 || slots.error.isNotFound);
  const days = byBerlinDay(slots.data?.slots ?? [], (s) => s.startsAt);
  const shownDay = days.find(([d]) => d === day) ?? days[0];

  return (
    <ProtectedPage access={access} title={t('meetings.calendar.pageTitle', { name })} forbidden={forbidden} className="page--booth-calendar">
      <BoothManageNav slug={slug} current="meetings" published={booth?.published} />
      <section>
        <KolHeading _label={t('meetings.calendar.publish')} _level={2} />
        <p>{t('meetings.calendar.publishIntro')}</p>
        <form className="meeting-form" onSubmit={submit} noValidate>
          <fieldset>
            <legend>{t('meetings.calendar.publish')}</legend>
            <KolInputDate _label={t('meetings.calendar.date')} _type="date" _required _value={fields.date as Iso8601} {...msg('date')}
              _on={{ onInput: (_e: Event, v: unknown) => set({ date: kolValue(v) }) }} />
            <KolInputText _label={t('meetings.calendar.from')} _hint="HH:MM" _required _value={fields.from} {...msg('from')}
              _on={{ onInput: (_e: Event, v: unknown) => set({ from: kolValue(v) }) }} />
            <KolInputText _label={t('meetings.calendar.to')} _hint="HH:MM" _required _value={fields.to} {...msg('to')}
              _on={{ onInput: (_e: Event, v: unknown) => set({ to: kolValue(v) }) }} />
            <KolSelect _label={t('meetings.calendar.slotMinutes')} _value={fields.slotMinutes} {...msg('slotMinutes')}
              _options={LENGTHS.map((n) => ({ label: t('meetings.calendar.minutes', { count: n }), value: String(n) }))}
              _on={{ onChange: (_e: Event, v: unknown) => set({ slotMinutes: kolValue(v) }) }} />
            <KolInputText _label={t('meetings.calendar.breakFrom')} _hint="HH:MM" _value={fields.breakFrom} {...msg('breaks[0]')}
              _on={{ onInput: (_e: Event, v: unknown) => set({ breakFrom: kolValue(v) }) }} />
            <KolInputText _label={t('meetings.calendar.breakTo')} _hint="HH:MM" _value={fields.breakTo}
              _on={{ onInput: (_e: Event, v: unknown) => set({ breakTo: kolValue(v) }) }} />
            <KolInputText _label={t('meetings.calendar.expert')} _maxLength={200} _value={fields.expert} {...msg('expert')}
              _on={{ onInput: (_e: Event, v: unknown) => set({ expert: kolValue(v) }) }} />
            {slots.data?.videoLinkRequired !== false && (
              <KolInputText _label={t('meetings.calendar.videoLink')} _hint={t('meetings.calendar.videoLinkHint')} _type="url"
                _required={slots.data?.videoLinkRequired} _value={fields.videoLink} {...msg('videoLink')}
                _on={{ onInput: (_e: Event, v: unknown) => set({ videoLink: kolValue(v) }) }} />
            )}
          </fieldset>
          <SubmitRow label={t('meetings.calendar.submit')} busy={publish.isPending} />
        </form>
        <Feedback message={message} failure={failure} />
      </section>
      <section>
        <KolSelect
          _label={t('meetings.calendar.view')}
          _value={view}
          _options={[
            { label: t('meetings.calendar.dayView'), value: 'day' },
            { label: t('meetings.calendar.listView'), value: 'list' },
          ]}
          _on={{ onChange: (_e: Event, v: unknown) => setView(kolValue(v) === 'list' ? 'list' : 'day') }}
        />
        {(slots.isPending || calendar.isPending) && <Loading />}
        {slots.isError && !forbidden && <ApiErrorAlert error={slots.error} onRetry={() => void slots.refetch()} />}
        {calendar.isError && !forbidden && <ApiErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />}
        {view === 'day' && slots.data && (
          <>
            <KolHeading _label={t('meetings.calendar.slots')} _level={2} />
            {days.length > 1 && (
              <KolSelect
                _label={t('meetings.calendar.day')}
                _value={shownDay?.[0]}
                _options={days.map(([d]) => ({ label: formatDate(d, i18n.language), value: d }))}
                _on={{ onChange: (_e: Event, v: unknown) => setDay(kolValue(v)) }}
              />
            )}
            {!shownDay ? (
              <p className="empty-state">{t('meetings.calendar.noSlots')}</p>
            ) : (
              <>
                <KolHeading _label={formatDate(shownDay[0], i18n.language)} _level={3} />
                <ul className="meeting-day" data-testid="calendar-day">
                  {shownDay[1].map((slot) => (
                    <li key={slot.id}>
                      <strong>{berlinRange(slot.startsAt, slot.endsAt, i18n.language)}</strong>
                      <span>{slot.expert ? t('meetings.expert', { name: slot.expert }) : t('meetings.team')}</span>
                      {slot.meetingId ? (
                        <AppLink to={`/termine/${slot.meetingId}`}
                          label={`${t('meetings.calendar.bookedSlot')}: ${calendar.data?.find((m) => m.id === slot.meetingId)?.topic ?? ''}`} />
                      ) : (
                        <>
                          <span>{t('meetings.calendar.free')}</span>
                          <KolButton _label={`${t('meetings.calendar.withdraw')} ${berlinRange(slot.startsAt, slot.endsAt, i18n.language)}`}
                            _hideLabel={false} _variant="tertiary" {...busyButton(withdraw.isPending)}
                            _on={{ onClick: whenIdle(withdraw.isPending, () => withdraw.mutate(slot.id)) }} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
        {view === 'list' && calendar.data && (
          <>
            <KolHeading _label={t('meetings.calendar.meetings')} _level={2} />
            <MeetingList meetings={calendar.data} empty={t('meetings.calendar.noMeetings')} />
          </>
        )}
      </section>
    </ProtectedPage>
  );
}
