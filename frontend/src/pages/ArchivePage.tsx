import { KolButton, KolInputText } from '@public-ui/react-v19';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { TalkSummary } from '../api';
import { programmeApi } from '../api/programme';
import { useEventDays } from '../features/fair/hooks';
import { ApiErrorAlert } from '../features/layout/ApiErrorAlert';
import { AppLink } from '../features/layout/AppLink';
import { PageHeading } from '../features/layout/PageHeading';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';
import { useTalks } from '../features/stage/hooks';
import { Recording } from '../features/stage/Recording';
import { TalkCard } from '../features/stage/TalkCard';
import { useNow } from '../features/stage/useNow';
import { formatLongDate } from '../i18n/format';
import { useContentLang } from '../i18n/useContentLang';
import { NotFoundPage } from './NotFoundPage';

function ArchiveEntry({ talk, now }: { talk: TalkSummary; now: Date }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const detail = useQuery({ queryKey: ['talk-archive', talk.id], queryFn: ({ signal }) => programmeApi.talk(talk.id, { signal }) });
  const faq = useQuery({ queryKey: ['faq', talk.id], queryFn: ({ signal }) => programmeApi.faq(talk.id, { signal }) });
  return (
    <li className="archive-entry panel">
      <TalkCard talk={talk} now={now} level={3} withStage showAgenda={false} />
      {detail.data?.recordingUrl ? (
        <div className="archive-entry__recording">
          <Recording url={detail.data.recordingUrl} title={talk.title} />
        </div>
      ) : (
        detail.isSuccess && <p className="empty-state">{t('talkPage.noRecording')}</p>
      )}
      {faq.data && faq.data.length > 0 && (
        <details>
          <summary>{t('archive.faq', { count: faq.data.length })}</summary>
          <dl className="faq" lang={contentLang}>
            {faq.data.map((entry) => (
              <div key={entry.questionId}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}

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
  const talks = useTalks({ day: dayId, q: q || undefined });
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
        <KolInputText
          _type="search"
          _label={t('archive.search')}
          _value={input}
          _on={{ onInput: (_event: Event, value: unknown) => setInput(String(value ?? '')) }}
        />
        <KolButton _label={t('archive.searchButton')} _type="submit" _variant="primary" />
      </form>
      <p role="status" className="status-line">
        {talks.isPending ? t('common.loading') : t('schedule.count', { count: talks.data?.length ?? 0 })}
      </p>
      {talks.isError && <ApiErrorAlert error={talks.error} onRetry={() => void talks.refetch()} />}
      {talks.data && talks.data.length === 0 && <p className="empty-state">{t('schedule.empty')}</p>}
      <ol className="archive-list">
        {(talks.data ?? []).map((talk) => (
          <ArchiveEntry key={talk.id} talk={talk} now={now} />
        ))}
      </ol>
    </div>
  );
}
