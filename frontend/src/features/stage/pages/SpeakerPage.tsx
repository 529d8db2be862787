import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import '../../../shared/fair/texts';
import { useContentLang } from '../../../i18n/useContentLang';
import { NotFoundPage } from '../../../shared/ui/NotFoundPage';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { programmeApi } from '../api/programme';
import { TalkCard } from '../components/TalkCard';
import { useNow } from '../useNow';
import { Picture } from '../../../shared/images/Picture';

/** A speaker's page: photo, role and organisation, short bio (English when chosen and given), and their talks. */
export function SpeakerPage() {
  const { id } = useParams();
  const speakerId = Number(id);
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  const now = useNow();
  const speaker = useQuery({
    queryKey: ['speaker', speakerId],
    queryFn: ({ signal }) => programmeApi.speaker(speakerId, { signal }),
    enabled: Number.isInteger(speakerId) && speakerId > 0,
  });
  const data = speaker.data;
  useDocumentTitle(data ? data.name : t('speakers.pageTitle'));
  if (!Number.isInteger(speakerId) || speakerId <= 0 || (speaker.error instanceof ApiError && speaker.error.isNotFound)) {
    return <NotFoundPage />;
  }
  const english = i18n.language === 'en' && Boolean(data?.bioEn);
  const bio = english ? data?.bioEn : data?.bio;

  return (
    <div className="page page--speaker">
      <PageHeading>{data ? data.name : t('speakers.pageTitle')}</PageHeading>
      <QueryStatus query={speaker} />
      {data && (
        <>
          <div className="speaker-profile">
            {data.photo ? <Picture src={data.photo.url} alt={data.photo.alt} width={320} height={320} sizes="12rem" maxWidth={640} priority /> : <span />}
            <div>
              {(data.role || data.organisation) && (
                <p className="speaker-profile__role" lang={contentLang}>
                  {[data.role, data.organisation].filter(Boolean).join(', ')}
                </p>
              )}
              {bio ? (
                <div lang={english ? 'en' : contentLang}>
                  <Paragraphs text={bio} />
                </div>
              ) : (
                <p className="empty-state">{t('speakers.bioMissing')}</p>
              )}
            </div>
          </div>
          <section aria-labelledby="speaker-talks">
            <h2 id="speaker-talks">{t('speakers.talks')}</h2>
            {data.talks.length === 0 ? (
              <p className="empty-state">{t('speakers.noTalks')}</p>
            ) : (
              <ol className="agenda-list">
                {data.talks.map((talk) => (
                  <li key={talk.id}>
                    <TalkCard talk={talk} now={now} level={3} withDate withStage withEdition showAgenda={false} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}
