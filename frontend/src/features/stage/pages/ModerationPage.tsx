import { KolSelect } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { hasRole } from '../../../shared/auth/roles';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useEventDays } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useStages, useTalks } from '../hooks';
import { StageControlPanel } from '../components/StageControls';
import { formatShortDate, formatTime } from '../../../i18n/format';
import { berlinDay } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { textField } from '../../../shared/forms/textField';

/** Moderation: live state of every stage (streams for admins) and the talks to moderate Q&A and polls for. */
export function ModerationPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('moderator');
  const { me } = useCurrentUser();
  const granted = access === 'granted';
  const stages = useStages();
  const days = useEventDays();
  const contentLang = useContentLang();
  const today = berlinDay(new Date().toISOString());
  const todayId = days.data?.find((d) => d.date === today)?.id;
  const [day, setDay] = useState<string>('');
  const chosenDay = day ? Number(day) : (todayId ?? days.data?.[0]?.id);
  const talks = useTalks({ day: chosenDay });

  return (
    <ProtectedPage access={access} title={t('moderation.heading')} className="page--moderation">
      {granted && (
        <>
          <section aria-labelledby="mod-stages">
            <h2 id="mod-stages">{t('moderation.stages')}</h2>
            {stages.isError && <ApiErrorAlert error={stages.error} onRetry={() => void stages.refetch()} />}
            <ul className="stage-controls">
              {(stages.data ?? []).map((stage) => (
                <StageControlPanel key={stage.key} stage={stage} admin={hasRole(me?.roles, 'admin')} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="mod-talks">
            <h2 id="mod-talks">{t('moderation.talks')}</h2>
            <KolSelect
              _label={t('schedule.filter.day')}
              _options={(days.data ?? []).map((d) => ({
                label: `${formatShortDate(d.date, i18n.language)} – ${d.hostRegion.name}`,
                value: String(d.id),
              }))}
              {...textField(chosenDay ? String(chosenDay) : '', setDay)}
            />
            {talks.isError && <ApiErrorAlert error={talks.error} onRetry={() => void talks.refetch()} />}
            <ul className="moderation-talks">
              {(talks.data ?? []).map((talk) => (
                <li key={talk.id}>
                  <span className="moderation-talks__time">
                    {formatTime(talk.start, i18n.language)} · <span lang={contentLang}>{talk.stage.name}</span>
                  </span>{' '}
                  <span lang={contentLang}>{talk.title}</span>
                  <span className="moderation-talks__links">
                    <AppLink to={`/moderation/vortrag/${talk.id}`} label={t('moderation.moderateTalk', { title: talk.title })} />
                    <AppLink to={`/moderation/vortrag/${talk.id}/referierende`} label={t('moderation.speakerViewOf', { title: talk.title })} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </ProtectedPage>
  );
}
