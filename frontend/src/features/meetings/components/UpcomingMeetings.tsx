import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import '../texts';
import { meetingsApi } from '../api';
import { MeetingList } from './MeetingItem';
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
      <MeetingList meetings={upcoming.data} empty={t('meetings.upcoming.empty')} />
    </section>
  );
}
