import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../texts';
import { meetingsApi } from '../api';
import { MeetingItem } from './MeetingItem';
import '../meetings.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** The next meetings of every booth the user staffs, for the staff console ("Mein Stand"). */
export function UpcomingMeetings() {
  const { t } = useTranslation();
  const upcoming = useApiQuery(['meetings', 'upcoming'], meetingsApi.upcoming);
  if (!upcoming.data) return null;
  return (
    <section className="upcoming-meetings" data-testid="upcoming-meetings">
      <KolHeading _label={t('meetings.upcoming.heading')} _level={2} />
      {upcoming.data.length === 0 ? (
        <p className="empty-state">{t('meetings.upcoming.empty')}</p>
      ) : (
        <ul className="meeting-list">
          {upcoming.data.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} level={3} />
          ))}
        </ul>
      )}
    </section>
  );
}
