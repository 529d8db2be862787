import { useTranslation } from 'react-i18next';
import type { TalkSummary } from '../../../shared/api';
import { berlinDay, formatShortDate, formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { AppLink } from '../../../shared/ui/AppLink';
import { useLabels } from '../../../shared/booth/labels';

interface TalkListProps {
  talks: TalkSummary[];
  /** Text shown when the list is empty. */
  empty: string;
  /** Show the date too (for talks that may be on another day). */
  withDate?: boolean;
  now?: Date;
}

export function TalkList({ talks, empty, withDate = false, now = new Date() }: TalkListProps) {
  const { t, i18n } = useTranslation();
  const { talkTypeName, topicFieldName } = useLabels();
  const lang = i18n.language;
  const contentLang = useContentLang();
  const today = berlinDay(now.toISOString());

  if (talks.length === 0) return <p className="empty-state">{empty}</p>;

  return (
    <ul className="talk-list">
      {talks.map((talk) => {
        const time = t('programme.timeRange', { start: formatTime(talk.start, lang), end: formatTime(talk.end, lang) });
        const when =
          withDate && berlinDay(talk.start) !== today
            ? t('programme.dateTime', { date: formatShortDate(talk.start, lang), time })
            : time;
        return (
          <li key={talk.id} className="talk">
            <p className="talk__meta">
              <time dateTime={talk.start}>{when}</time>
              <span aria-hidden="true"> · </span>
              <span>{talkTypeName(talk.type)}</span>
              <span aria-hidden="true"> · </span>
              <span>
                {t('programme.stage')}: <span lang={contentLang}>{talk.stage.name}</span>
              </span>
            </p>
            <h3 className="talk__title" lang={contentLang}>
              <AppLink to={`/vortrag/${talk.id}`} label={talk.title} multiline />
            </h3>
            {talk.speakers.length > 0 && (
              <p className="talk__speakers">
                {t('programme.speakers')}{' '}
                <span lang={contentLang}>
                  {talk.speakers.map((s) => [s.name, s.role, s.organisation].filter(Boolean).join(', ')).join('; ')}
                </span>
              </p>
            )}
            {talk.topicField && (
              <p className="talk__topic">
                {t('programme.topicField')}: {topicFieldName(talk.topicField)}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
