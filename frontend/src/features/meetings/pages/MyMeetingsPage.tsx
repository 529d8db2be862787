import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { meetingsApi } from '../api';
import { MeetingItem } from '../components/MeetingItem';
import '../meetings.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** "Meine Termine": the meetings the visitor booked, in every edition. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const meetings = useApiQuery(['meetings', 'mine'], meetingsApi.mine, { enabled: access === 'granted' });
  return (
    <ProtectedPage access={access} title={t('meetings.mine.pageTitle')} className="page--meetings">
      <p className="lead">{t('meetings.mine.intro')}</p>
      <p className="muted">{t('meetings.zoneNote')}</p>
      <QueryStatus query={meetings} />
      {meetings.data?.length === 0 && <p className="empty-state">{t('meetings.mine.empty')}</p>}
      {meetings.data && meetings.data.length > 0 && (
        <ul className="meeting-list" aria-label={t('meetings.mine.listLabel')}>
          {meetings.data.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </ProtectedPage>
  );
}
