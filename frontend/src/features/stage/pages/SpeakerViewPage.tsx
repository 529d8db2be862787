import { useTranslation } from 'react-i18next';
import { ProtectedPage } from '../../../shared/auth/access';
import { AppLink } from '../../../shared/ui/AppLink';
import { useModeratedTalk } from '../hooks';
import { QuestionList } from '../components/Questions';

/** For the speaker on stage: the approved questions, most votes first, in large type. */
export function SpeakerViewPage() {
  const { t } = useTranslation();
  const { talkId, access, talk, questions } = useModeratedTalk();
  const approved = (questions.data ?? []).filter((q) => q.status === 'approved');
  const title = talk.data ? t('moderation.speakerTitle', { title: talk.data.title }) : t('moderation.speakerView');

  return (
    <ProtectedPage access={access} title={title} className="page--speaker">
      <p>
        <AppLink to={`/moderation/vortrag/${talkId}`} label={t('moderation.back')} />
      </p>
      <QuestionList talkId={talkId} questions={approved} large />
    </ProtectedPage>
  );
}
