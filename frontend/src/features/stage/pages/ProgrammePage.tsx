import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../shared/auth/AuthContext';
import { useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { useAgenda, useStages, useTalks } from '../hooks';
import { byDay, parseScheduleFilter, scheduleSearch, type ScheduleFilter } from '../schedule';
import { ScheduleFilters } from '../components/ScheduleFilters';
import { ScheduleGrid } from '../components/ScheduleGrid';
import { useNow } from '../useNow';
import { formatLongDate } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';

/** "Programm": every event day with its host region, a column per stage; filters live in the URL. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('schedule.pageTitle'));
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseScheduleFilter(params), [params]);
  const talks = useTalks({ day: filter.day, topic: filter.topic, type: filter.type, q: filter.q });
  const days = useEventDays();
  const topics = useTopicFields();
  const stages = useStages();
  const agenda = useAgenda();
  const { status } = useAuth();
  const now = useNow();
  const contentLang = useContentLang();
  const agendaIds = useMemo(() => new Set((agenda.data ?? []).map((a) => a.id)), [agenda.data]);
  const grouped = useMemo(() => byDay(talks.data ?? []), [talks.data]);
  const stageOrder = (stages.data ?? []).map((s) => ({ key: s.key, name: s.name }));
  const apply = (next: ScheduleFilter) => setParams(scheduleSearch(next));
  const count = talks.data?.length ?? 0;

  return (
    <div className="page page--programme">
      <PageHeading>{t('schedule.heading')}</PageHeading>
      <p className="lead">{t('schedule.intro')}</p>
      <ScheduleFilters
        key={params.toString()}
        filter={filter}
        eventDays={days.data ?? []}
        topicFields={topics.data ?? []}
        onApply={apply}
      />
      <p role="status" className="status-line">
        {talks.isPending ? t('common.loading') : talks.isSuccess ? t('schedule.count', { count }) : ''}
      </p>
      {talks.isError && <ApiErrorAlert error={talks.error} onRetry={() => void talks.refetch()} />}
      {talks.isSuccess && count === 0 && <p className="empty-state">{t('schedule.empty')}</p>}
      {(days.data ?? [])
        .filter((day) => grouped.has(day.id))
        .map((day) => (
          <section key={day.id} className="schedule-day" aria-labelledby={`day-${day.id}`}>
            <h2 id={`day-${day.id}`} lang={contentLang}>
              {day.title}
            </h2>
            <p className="schedule-day__date">
              <time dateTime={day.date}>{formatLongDate(day.date, i18n.language)}</time>
              {' · '}
              {t('schedule.host')}: <span lang={contentLang}>{day.hostRegion.name}</span>
              {' · '}
              <AppLink to={`/archiv/${day.id}`} label={t('schedule.archive')} />
            </p>
            <ScheduleGrid
              talks={grouped.get(day.id)!}
              stages={stageOrder}
              now={now}
              agendaIds={agendaIds}
              showAgenda={status !== 'loading'}
            />
          </section>
        ))}
    </div>
  );
}
