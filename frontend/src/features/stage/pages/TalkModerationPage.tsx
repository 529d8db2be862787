import { useTranslation } from 'react-i18next';
import { ProtectedPage } from '../../../shared/auth/access';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useModeratedTalk } from '../hooks';
import { NewPollForm, PollList } from '../components/Polls';
import { QuestionList } from '../components/Questions';
import { SlidesEditor } from '../components/Slides';
import { FeedbackResults } from '../components/TalkFeedback';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { hasRole } from '../../../shared/auth/roles';
import { CaptionsEditLink } from '../components/Recording';

/** Q&A moderation (approve, reject, pin, answer, FAQ) and polls (prepare, open, close) of one talk. */
export function TalkModerationPage() {
  const { t } = useTranslation();
  const { talkId, access, talk, questions, polls } = useModeratedTalk();
  const title = talk.data ? t('moderation.talkTitle', { title: talk.data.title }) : t('moderation.heading');
  const pending = (questions.data ?? []).filter((q) => q.status === 'pending').length;
  const { me } = useCurrentUser();

  return (
    <ProtectedPage access={access} title={title} className="page--moderation">
      <p className="button-row">
        <AppLink to="/moderation" label={t('moderation.back')} />
        <AppLink to={`/moderation/vortrag/${talkId}/referierende`} label={t('moderation.speakerView')} />
        <AppLink to={`/vortrag/${talkId}`} label={t('moderation.publicView')} />
        <CaptionsEditLink talkId={talkId} />
      </p>
      {talk.isError && <ApiErrorAlert error={talk.error} />}
      <section aria-labelledby="mod-qa" className="panel">
        <h2 id="mod-qa">{t('moderation.qa.heading')}</h2>
        <p role="status">{t('moderation.qa.pending', { count: pending })}</p>
        {questions.isError && <ApiErrorAlert error={questions.error} />}
        {questions.data && <QuestionList talkId={talkId} questions={questions.data} moderate />}
      </section>
      {talk.data && (
        <section aria-labelledby="mod-slides" className="panel">
          <h2 id="mod-slides">{t('slides.heading')}</h2>
          <SlidesEditor talkId={talkId} materials={talk.data.materials} recordingUrl={talk.data.recordingUrl} />
        </section>
      )}
      {access === 'granted' && <FeedbackResults talkId={talkId} admin={me ? hasRole(me.roles, 'admin') : false} />}
      <section aria-labelledby="mod-polls" className="panel">
        <h2 id="mod-polls">{t('moderation.polls.heading')}</h2>
        {polls.data && <PollList talkId={talkId} polls={polls.data} moderate />}
        <h3>{t('moderation.polls.new')}</h3>
        <NewPollForm talkId={talkId} />
      </section>
    </ProtectedPage>
  );
}
