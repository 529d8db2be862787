import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { meetingsApi } from '../api';
import { MeetingItem } from '../components/MeetingItem';
import '../meetings.css';

/** "Meine Termine": the meetings the visitor booked, in every edition. */
export function MyMeetingsPage() {
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const meetings = useQuery({
    queryKey: ['meetings', 'mine'],
    queryFn: ({ signal }) => meetingsApi.mine({ signal }),
    enabled: access === 'granted',
  });
  return (
    <ProtectedPage access={access} title={t('meetings.mine.pageTitle')} className="page--meetings">
      <p className="lead">{t('meetings.mine.intro')}</p>
      <p className="muted">{t('meetings.zoneNote')}</p>
      {meetings.isPending && <Loading />}
      {meetings.isError && <ApiErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />}
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
