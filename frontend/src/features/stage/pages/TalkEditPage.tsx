import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { TalkSummary } from '../../../shared/api';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useStages, useTalk } from '../hooks';
import { EMPTY_TALK_FORM, formFromTalk } from '../talkForm';
import { TalkForm } from '../components/TalkForm';
import { formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';

/** A new talk (`/verwaltung/programm/neu`) or a change to one (`/verwaltung/programm/:id`). */
export function TalkEditPage() {
  const { id } = useParams();
  const isNew = id === 'neu';
  const talkId = isNew ? 0 : Number(id);
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const talk = useTalk(talkId);
  const days = useEventDays();
  const stages = useStages();
  const topics = useTopicFields();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const contentLang = useContentLang();
  const [overlaps, setOverlaps] = useState<TalkSummary[] | null>(null);
  const [formKey, setFormKey] = useState(0);
  const title = isNew ? t('adminProgramme.new') : talk.data ? t('adminProgramme.editTitle', { title: talk.data.title }) : t('adminProgramme.heading');
  const ready = days.data && stages.data && topics.data && (isNew || talk.data);

  return (
    <ProtectedPage access={access} title={title} className="page--talk-edit">
      <p>
        <AppLink to="/verwaltung/programm" label={t('adminProgramme.back')} />
      </p>
      {talk.isError && <ApiErrorAlert error={talk.error} />}
      {overlaps && (
        <div role="status" className="panel">
          <p>{t('adminProgramme.saved')}</p>
          {overlaps.length > 0 && (
            <>
              <p>{t('adminProgramme.overlapsWith', { count: overlaps.length })}</p>
              <ul>
                {overlaps.map((o) => (
                  <li key={o.id} lang={contentLang}>
                    {formatTime(o.start, i18n.language)}–{formatTime(o.end, i18n.language)} {o.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {ready && (
        <TalkForm
          key={`${formKey}-${talk.data?.version ?? 'new'}`}
          initial={talk.data ? formFromTalk(talk.data, i18n.language) : EMPTY_TALK_FORM}
          talkId={isNew ? undefined : talkId}
          version={talk.data?.version}
          eventDays={days.data!}
          stages={stages.data!}
          topicFields={topics.data!}
          onReload={() => {
            void talk.refetch().then(() => setFormKey((k) => k + 1));
          }}
          onSaved={(saved) => {
            setOverlaps(saved.overlaps);
            void queryClient.invalidateQueries({ queryKey: ['talks'] });
            void queryClient.invalidateQueries({ queryKey: ['talk', saved.talk.id] });
            if (isNew) void navigate(`/verwaltung/programm/${saved.talk.id}`, { replace: true });
          }}
        />
      )}
    </ProtectedPage>
  );
}
