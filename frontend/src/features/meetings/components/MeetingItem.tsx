import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../texts';
import { AppLink } from '../../../shared/ui/AppLink';
import type { Meeting } from '../api';
import { berlinWhen, localRange } from '../time';

/** One meeting in a list: topic, time (Berlin, and the visitor's own where it differs), booth, status. */
export function MeetingItem({ meeting, level = 2 }: { meeting: Meeting; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const local = localRange(meeting.startsAt, meeting.endsAt, i18n.language);
  return (
    <li className={`meeting-item panel meeting-item--${meeting.status}`} data-meeting={meeting.id}>
      <KolHeading _label={meeting.topic} _level={level} />
      <p>
        <strong>{berlinWhen(meeting.startsAt, meeting.endsAt, i18n.language)}</strong>
        {local && <> ({t('meetings.yourTime', { time: local })})</>}
        {' · '}
        <span className={`meeting-status meeting-status--${meeting.status}`}>{t(`meetings.status.${meeting.status}`)}</span>
      </p>
      <p className="muted">
        <span lang="de">{meeting.boothName}</span>
        {', '}
        {meeting.expert ? t('meetings.expert', { name: meeting.expert }) : t('meetings.team')}
        {meeting.yourSide === 'booth' && <> · {t('meetings.with', { name: meeting.visitorName })}</>}
      </p>
      <p>
        <AppLink to={`/termine/${meeting.id}`} label={`${t('meetings.open')}: ${meeting.topic}`} />
      </p>
    </li>
  );
}

/** Meetings under a heading of level 2 as a list of {@link MeetingItem}s, or `empty` when there are none. */
export function MeetingList({ meetings, empty }: { meetings: Meeting[]; empty: string }) {
  if (meetings.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <MeetingItem key={meeting.id} meeting={meeting} level={3} />
      ))}
    </ul>
  );
}
