import { KolButton } from '@public-ui/react-v19';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { programmeApi } from '../api/programme';
import { useEventDays } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { ArchiveEntry } from '../components/ArchiveEntry';
import { useNow } from '../useNow';
import { formatLongDate } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { NotFoundPage } from '../../../shared/ui/NotFoundPage';
import { SearchField } from '../components/SearchField';

/** The archive of one event day: its talks with recordings and FAQ, searchable. */
export function ArchivePage() {
  const { day } = useParams();
  const dayId = Number(day);
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [input, setInput] = useState(q);
  const days = useEventDays();
  const eventDay = days.data?.find((d) => d.id === dayId);
  const archive = useQuery({
    queryKey: ['archive', dayId, q],
    queryFn: ({ signal }) => programmeApi.dayArchive(dayId, q || undefined, { signal }),
    enabled: Number.isInteger(dayId) && dayId > 0,
    placeholderData: keepPreviousData,
  });
  const now = useNow();
  const contentLang = useContentLang();
  useDocumentTitle(eventDay ? t('archive.pageTitle', { day: eventDay.title }) : t('archive.heading'));

  if (!Number.isInteger(dayId) || dayId <= 0 || (days.isSuccess && !eventDay)) return <NotFoundPage />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(input.trim() ? { q: input.trim() } : {});
  };

  return (
    <div className="page page--archive">
      <PageHeading lang={eventDay ? contentLang : undefined}>
        {eventDay ? t('archive.pageTitle', { day: eventDay.title }) : t('archive.heading')}
      </PageHeading>
      {eventDay && (
        <p className="lead">
          <time dateTime={eventDay.date}>{formatLongDate(eventDay.date, i18n.language)}</time> · {t('schedule.host')}:{' '}
          <span lang={contentLang}>{eventDay.hostRegion.name}</span>
        </p>
      )}
      <nav aria-label={t('archive.days')} className="archive-days">
        <ul>
          {(days.data ?? []).map((d) => (
            <li key={d.id}>
              <AppLink to={`/archiv/${d.id}`} label={formatLongDate(d.date, i18n.language)} />
            </li>
          ))}
        </ul>
      </nav>
      <form role="search" aria-label={t('archive.search')} onSubmit={submit} className="archive-search">
        <SearchField label={t('archive.search')} value={input} onChange={setInput} />
        <KolButton _label={t('archive.searchButton')} _type="submit" _variant="primary" />
      </form>
      <p>
        {t('archive.intro')} <AppLink to="/archiv" label={t('archive.allLink')} />
      </p>
      <p role="status" className="status-line">
        {archive.isPending ? t('common.loading') : t('schedule.count', { count: archive.data?.talks.length ?? 0 })}
      </p>
      {archive.isError && <ApiErrorAlert error={archive.error} onRetry={() => void archive.refetch()} />}
      {archive.data && archive.data.talks.length === 0 && <p className="empty-state">{t('schedule.empty')}</p>}
      <ol className="archive-list">
        {(archive.data?.talks ?? []).map((entry) => (
          <ArchiveEntry key={entry.talk.id} entry={entry} now={now} />
        ))}
      </ol>
    </div>
  );
}
