import { useTranslation } from 'react-i18next';
import type { TalkSummary } from '../../../shared/api';
import { formatShortDate, formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { useLabels } from '../../../shared/booth/labels';
import { AppLink } from '../../../shared/ui/AppLink';
import { useEditionHref, useEditionTitle } from '../../../shared/edition/EditionContext';
import { AgendaButton } from './AgendaButton';
import { isLive } from '../schedule';
import { Picture } from '../../../shared/images/Picture';

interface TalkCardProps {
  talk: TalkSummary;
  now: Date;
  /** Heading level of the title (the card sits under a stage or day heading). */
  level: 3 | 4;
  /** Show the date before the time (agenda, archive). */
  withDate?: boolean;
  /** Show the stage (lists that mix stages). */
  withStage?: boolean;
  /** The "In meine Agenda" button, with the state it starts from. */
  inAgenda?: boolean;
  showAgenda?: boolean;
  flagged?: string;
  /** Name the talk's edition (lists across editions). */
  withEdition?: boolean;
}

/** One talk in the programme, the agenda or the archive: time, type, title (a link), speakers, topic field. */
export function TalkCard({
  talk,
  now,
  level,
  withDate = false,
  withStage = false,
  inAgenda = false,
  showAgenda = true,
  flagged,
  withEdition = false,
}: TalkCardProps) {
  const { t, i18n } = useTranslation();
  // In a list across editions a talk links into its own edition
  const href = useEditionHref();
  const editionTitle = useEditionTitle();
  const { talkTypeName, topicFieldName } = useLabels();
  const contentLang = useContentLang();
  const lang = i18n.language;
  const live = isLive(talk, now);
  const time = t('programme.timeRange', { start: formatTime(talk.start, lang), end: formatTime(talk.end, lang) });
  const Heading = `h${level}` as const;

  return (
    <article className={`talk-card${live ? ' talk-card--live' : ''}`}>
      <Heading className="talk-card__title" lang={contentLang}>
        {withEdition ? (
          <AppLink to={href(`/vortrag/${talk.id}`, talk.edition)} exact label={talk.title} multiline />
        ) : (
          <AppLink to={`/vortrag/${talk.id}`} label={talk.title} multiline />
        )}
      </Heading>
      <p className="talk-card__meta">
        {live && <span className="live-badge">{t('schedule.liveNow')}</span>}
        <time dateTime={talk.start}>{withDate ? t('programme.dateTime', { date: formatShortDate(talk.start, lang), time }) : time}</time>
        <span aria-hidden="true"> · </span>
        <span>{talkTypeName(talk.type)}</span>
        {withEdition && (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              {t('archive.edition')}: {editionTitle(talk.edition)}
            </span>
          </>
        )}
        {withStage && (
          <>
            <span aria-hidden="true"> · </span>
            <span>
              {t('programme.stage')}: <span lang={contentLang}>{talk.stage.name}</span>
            </span>
          </>
        )}
      </p>
      {talk.speakers.length > 0 && (
        <div className="talk-card__speakers">
          <span>{t('programme.speakers')}</span>
          <ul className="speaker-chips" lang={contentLang}>
            {talk.speakers.map((s, index) => (
              <li key={s.id ?? `${s.name}-${index}`} className="speaker-chip">
                {s.photo && <Picture src={s.photo.url} alt="" width={32} height={32} sizes="32px" maxWidth={320} />}
                <span>{[s.name, s.organisation].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {talk.topicField && (
        <p className="talk-card__topic">
          {t('programme.topicField')}: {topicFieldName(talk.topicField)}
        </p>
      )}
      {flagged && <p className="talk-card__flag">{flagged}</p>}
      {showAgenda && <AgendaButton talkId={talk.id} title={talk.title} inAgenda={inAgenda} />}
    </article>
  );
}
