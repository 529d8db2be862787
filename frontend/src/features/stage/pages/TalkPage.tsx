import { KolLink } from '@public-ui/react-v19';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { programmeApi } from '../api/programme';
import { useLabels } from '../../../shared/booth/labels';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { EasySummary } from '../../../shared/ui/EasySummary';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { AgendaButton } from '../components/AgendaButton';
import { useTalk, useTalkInteractions } from '../hooks';
import { PollList } from '../components/Polls';
import { AskForm, QuestionList } from '../components/Questions';
import { CaptionsEditLink, FaqList, Recording, Transcript } from '../components/Recording';
import { SlideList } from '../components/Slides';
import { isLive } from '../schedule';
import { useNow } from '../useNow';
import { formatLongDate, formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { useTextLang } from '../../../i18n/textLang';
import { NotFoundPage } from '../../../shared/ui/NotFoundPage';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { Loading } from '../../../shared/ui/Loading';
import { FeedbackResults, RateTalk, useMyFeedback } from '../components/TalkFeedback';
import { Picture } from '../../../shared/images/Picture';

const CaptionsPage = lazy(() => import('./CaptionsPage').then((m) => ({ default: m.CaptionsPage })));

/** `/vortrag/:id` the talk, `/vortrag/:id/untertitel` its captions and transcript (editors). */
export function TalkPage() {
  const { '*': rest } = useParams();
  if (!rest) return <TalkDetailPage />;
  if (rest !== 'untertitel') return <NotFoundPage />;
  return (
    <Suspense fallback={<Loading />}>
      <CaptionsPage />
    </Suspense>
  );
}

/** A talk: what, who, when (Europe/Berlin), where; calendar and agenda; Q&A and polls; recording and FAQ afterwards. */
function TalkDetailPage() {
  const { id } = useParams();
  const talkId = Number(id);
  const { t, i18n } = useTranslation();
  const { talkTypeName, topicFieldName } = useLabels();
  const contentLang = useContentLang();
  const langOf = useTextLang();
  const talk = useTalk(talkId);
  const now = useNow();
  const data = talk.data;
  const ended = data ? Date.parse(data.end) <= now.getTime() : false;
  const { questions, polls, faq } = useTalkInteractions(talkId, { live: !ended });
  const myFeedback = useMyFeedback(talkId, Boolean(data));
  useDocumentTitle(data ? data.title : t('talkPage.loadingTitle'));

  if (!Number.isInteger(talkId) || talkId <= 0 || (talk.error instanceof ApiError && talk.error.isNotFound)) {
    return <NotFoundPage />;
  }
  const lang = i18n.language;

  return (
    <div className="page page--talk">
      <PageHeading lang={data ? langOf(data.lang, 'title') : undefined}>{data ? data.title : t('talkPage.loadingTitle')}</PageHeading>
      <QueryStatus query={talk} />
      {data && (
        <>
          <dl className="facts">
            <dt>{t('talkPage.when')}</dt>
            <dd>
              {isLive(data, now) && <span className="live-badge">{t('schedule.liveNow')}</span>}
              <time dateTime={data.start}>
                {formatLongDate(data.start, lang)},{' '}
                {t('programme.timeRange', { start: formatTime(data.start, lang), end: formatTime(data.end, lang) })}
              </time>{' '}
              <span className="facts__note">{t('talkPage.timeZone')}</span>
            </dd>
            <dt>{t('programme.stage')}</dt>
            <dd lang={langOf(data.stage.lang, 'name')}>
              <AppLink to={`/buehne/${data.stage.key}`} label={data.stage.name} />
            </dd>
            <dt>{t('talkPage.day')}</dt>
            <dd lang={langOf(data.eventDay.lang, 'title')}>{data.eventDay.title}</dd>
            <dt>{t('talkPage.type')}</dt>
            <dd>{talkTypeName(data.type)}</dd>
            {data.topicField && (
              <>
                <dt>{t('programme.topicField')}</dt>
                <dd>{topicFieldName(data.topicField)}</dd>
              </>
            )}
            <dt>{t('talkPage.language')}</dt>
            <dd>{t(`talkPage.languages.${data.language === 'en' ? 'en' : 'de'}`)}</dd>
          </dl>

          <div className="button-row talk-actions">
            <AgendaButton talkId={data.id} title={data.title} inAgenda={data.inAgenda} />
            <KolLink _href={programmeApi.talkIcsUrl(data.id)} _label={t('talkPage.ics')} _download={`beitrag-${data.id}.ics`} />
          </div>

          {data.summary && (
            <section aria-labelledby="talk-summary">
              <h2 id="talk-summary">{t('talkPage.summary')}</h2>
              <div lang={langOf(data.lang, 'summary')}>
                <Paragraphs text={data.summary} />
              </div>
            </section>
          )}

          <EasySummary text={data.easySummary} level={2} />

          {data.speakers.length > 0 && (
            <section aria-labelledby="talk-speakers">
              <h2 id="talk-speakers">{t('talkPage.speakers')}</h2>
              <ul className="speaker-list" lang={contentLang}>
                {data.speakers.map((s, index) => (
                  <li key={`${s.name}-${index}`} className="speaker">
                    {s.photo && <Picture className="speaker__photo" src={s.photo.url} alt={s.photo.alt} width={64} height={64} sizes="64px" maxWidth={320} />}
                    <span className="speaker__name">
                      {s.id ? <AppLink to={`/referierende/${s.id}`} label={s.name} /> : s.name}
                    </span>
                    {(s.role || s.organisation) && (
                      <span className="speaker__org">{[s.role, s.organisation].filter(Boolean).join(', ')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {data.booths.length > 0 && (
            <section aria-labelledby="talk-booths">
              <h2 id="talk-booths">{t('talkPage.booths')}</h2>
              <ul className="link-list" lang={contentLang}>
                {data.booths.map((b) => (
                  <li key={b.slug}>
                    <AppLink to={`/stand/${b.slug}`} label={`${b.name} (${b.exhibitorName})`} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {(ended || data.recordingUrl || data.materials.length > 0 || (faq.data?.length ?? 0) > 0) && (
            <section aria-labelledby="talk-after" className="panel">
              <h2 id="talk-after">{t('talkPage.after')}</h2>
              <h3>{t('talkPage.recording')}</h3>
              {data.recordingUrl ? (
                <Recording url={data.recordingUrl} title={data.title} captionsUrl={data.captionsUrl} />
              ) : (
                <p className="empty-state">{t('talkPage.noRecording')}</p>
              )}
              {data.transcript && (
                <>
                  <h3>{t('captions.transcript')}</h3>
                  <Transcript text={data.transcript} lang={contentLang} />
                </>
              )}
              <p>
                <CaptionsEditLink talkId={data.id} />
              </p>
              <h3>{t('talkPage.slides')}</h3>
              <SlideList materials={data.materials} />
              <h3>{t('talkPage.faq')}</h3>
              {faq.data && faq.data.length > 0 ? (
                <FaqList faq={faq.data} />
              ) : (
                <p className="empty-state">{t('talkPage.noFaq')}</p>
              )}
            </section>
          )}

          <RateTalk talkId={data.id} ended={ended} />
          {myFeedback.data?.mayViewResults && <FeedbackResults talkId={data.id} admin={false} />}

          <section aria-labelledby="talk-qa" className="panel">
            <h2 id="talk-qa">{t('talkPage.qa')}</h2>
            {!ended && <AskForm talkId={data.id} />}
            <h3>{t('talkPage.questions')}</h3>
            {questions.isError && <ApiErrorAlert error={questions.error} />}
            {questions.data && <QuestionList talkId={data.id} questions={questions.data} />}
          </section>

          {polls.data && polls.data.length > 0 && (
            <section aria-labelledby="talk-polls" className="panel">
              <h2 id="talk-polls">{t('talkPage.polls')}</h2>
              <PollList talkId={data.id} polls={polls.data} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
