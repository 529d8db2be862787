import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { TalkSummary } from '../../../shared/api';
import { formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { AppLink } from '../../../shared/ui/AppLink';
import { layoutGrid } from '../schedule';
import { TalkCard } from './TalkCard';

interface ScheduleGridProps {
  talks: TalkSummary[];
  stages: { key: string; name: string }[];
  now: Date;
  agendaIds: Set<number>;
  showAgenda: boolean;
}

/**
 * One event day: a column per stage, talks placed on rows of five minutes (CSS grid with subgrid) on
 * wide screens, a plain list per stage on phones. The DOM is the same in both: stage by stage, talks
 * in start order.
 */
export function ScheduleGrid({ talks, stages, now, agendaIds, showAgenda }: ScheduleGridProps) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  const grid = layoutGrid(talks, stages);
  const style = { '--schedule-rows': grid.rows, '--schedule-columns': grid.columns.length } as CSSProperties;

  return (
    <div className="schedule" style={style}>
      <div className="schedule__axis" aria-hidden="true">
        {grid.hours.map((hour) => (
          <span key={hour.iso} className="schedule__hour" style={{ gridRow: hour.row + 1 }}>
            {formatTime(hour.iso, i18n.language)}
          </span>
        ))}
      </div>
      {grid.columns.map((column) => (
        <section key={column.stage.key} className="schedule__column" aria-labelledby={`stage-${column.stage.key}-${talks[0]?.eventDayId}`}>
          <h3 className="schedule__stage" id={`stage-${column.stage.key}-${talks[0]?.eventDayId}`} lang={contentLang}>
            <AppLink to={`/buehne/${column.stage.key}`} label={column.stage.name} multiline />
          </h3>
          <ol className="schedule__talks">
            {column.talks.map((entry) => (
              <li key={entry.talk.id} className="schedule__slot" style={{ gridRow: `${entry.rowStart} / ${entry.rowEnd}` }}>
                <TalkCard
                  talk={entry.talk}
                  now={now}
                  level={4}
                  inAgenda={agendaIds.has(entry.talk.id)}
                  showAgenda={showAgenda}
                  flagged={entry.overlaps ? t('schedule.overlap') : undefined}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
