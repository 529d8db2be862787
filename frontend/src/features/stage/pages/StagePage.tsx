import { KolHeading } from '@public-ui/react-v19';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { useStageLive, useTalkInteractions } from '../hooks';
import { LiveStatus } from '../components/LiveStatus';
import { usePlayer } from '../playerContext';
import { PollList } from '../components/Polls';
import { AskForm, QuestionList } from '../components/Questions';
import { TalkCard } from '../components/TalkCard';
import { useNow } from '../useNow';
import { useContentLang } from '../../../i18n/useContentLang';
import { NotFoundPage } from '../../../shared/ui/NotFoundPage';
import { stageChannel } from '../../../shared/edition/paths';
import { QueryStatus } from '../../../shared/ui/QueryStatus';

function CurrentTalkInteraction({ talkId }: { talkId: number }) {
  const { t } = useTranslation();
  const { questions, polls } = useTalkInteractions(talkId);
  return (
    <>
      <section className="panel" aria-labelledby="stage-qa">
        <h2 id="stage-qa">{t('stagePage.qa')}</h2>
        <AskForm talkId={talkId} />
        {questions.data && <QuestionList talkId={talkId} questions={questions.data} />}
      </section>
      {polls.data && polls.data.length > 0 && (
        <section className="panel" aria-labelledby="stage-polls">
          <h2 id="stage-polls">{t('stagePage.polls')}</h2>
          <PollList talkId={talkId} polls={polls.data} />
        </section>
      )}
    </>
  );
}

/** A stage: the player, the live state, what runs now and next, and Q&A of the running talk. */
interface StagePageProps {
  /** The stage's chat; the app shell plugs it in, so the stage feature does not import chat. */
  chat?: (channel: string, heading: string) => ReactNode;
}

export function StagePage({ chat }: StagePageProps) {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const stage = useStageLive(key);
  const player = usePlayer();
  const now = useNow();
  const data = stage.data;
  useDocumentTitle(data ? t('stagePage.pageTitle', { name: data.name }) : t('stagePage.loadingTitle'));
  const { open } = player;

  useEffect(() => {
    if (data && data.stream.kind !== 'none') open({ key: data.key, name: data.name, stream: data.stream });
  }, [data, open]);

  if (stage.error instanceof ApiError && stage.error.isNotFound) {
    return <NotFoundPage />;
  }

  return (
    <div className="page page--stage">
      <PageHeading lang={data ? contentLang : undefined}>{data ? data.name : t('stagePage.loadingTitle')}</PageHeading>
      <QueryStatus query={stage} />
      {data && (
        <>
          <div aria-live="polite" aria-atomic="true">
            <LiveStatus live={data.live} viewers={stage.viewers} />
          </div>
          <div className="stage-layout">
            <section className="stage-layout__player" aria-label={t('stagePage.player')}>
              {data.stream.kind === 'none' ? (
                <p className="empty-state">{t('stagePage.noStream')}</p>
              ) : (
                <div ref={player.setSlot} className="player-slot" />
              )}
            </section>
            <div className="stage-layout__side">
              <section className="panel">
                <KolHeading _label={t('stagePage.current')} _level={2} />
                {data.current ? (
                  <TalkCard talk={data.current} now={now} level={3} />
                ) : (
                  <p className="empty-state">{t('stagePage.noCurrent')}</p>
                )}
              </section>
              <section className="panel">
                <KolHeading _label={t('stagePage.next')} _level={2} />
                {data.next ? (
                  <TalkCard talk={data.next} now={now} level={3} withDate />
                ) : (
                  <p className="empty-state">{t('stagePage.noNext')}</p>
                )}
              </section>
              <p>
                <AppLink to="/programm" label={t('stagePage.toProgramme')} />
              </p>
            </div>
          </div>
          {data.current && <CurrentTalkInteraction talkId={data.current.id} />}
          <div className="stage-chat">
            {chat?.(stageChannel(data.key, data.edition), t('stagePage.chat'))}
          </div>
        </>
      )}
    </div>
  );
}
