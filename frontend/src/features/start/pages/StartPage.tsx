import { KolCard, KolHeading } from '@public-ui/react-v19';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFair, useProgrammeNow } from '../../../shared/fair/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { TalkList } from '../components/TalkList';
import { formatLongDate } from '../../../i18n/format';
import { CONTENT_LANGUAGE, useContentLang } from '../../../i18n/useContentLang';
import { QueryStatus } from '../../../shared/ui/QueryStatus';

// The lobby (key visual, stages, countdown, booths, logos) arranges the page's own parts among its pictures; it
// comes in a chunk of its own (size budget), and until it is there the parts show on their own.
const Lobby = lazy(() => import('../components/Lobby'));

export function StartPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('start.pageTitle'));
  const fair = useFair();
  const programme = useProgrammeNow();
  const contentLang = useContentLang();

  const hero = (
    <section className="hero">
      <PageHeading lang={fair.data ? contentLang : undefined}>{fair.data?.title ?? t('app.name')}</PageHeading>
      <QueryStatus query={fair} />
      {fair.data && (
        <>
          {fair.data.subtitle && (
            <p className="lead" lang={contentLang}>
              {fair.data.subtitle}
            </p>
          )}
          <div lang={contentLang}>
            <Paragraphs text={fair.data.description} />
          </div>
          {fair.data.organisers && (
            <p className="organisers">
              <strong>{t('start.organisers')}:</strong> <span lang={contentLang}>{fair.data.organisers}</span>
            </p>
          )}
        </>
      )}
      <p className="hero__cta-text">{t('start.cta.text')}</p>
      <p className="hero__cta">
        <AppLink to="/halle" label={t('start.cta.link')} variant="primary" />
      </p>
    </section>
  );
  const now = (
    <div className="programme-now">
      <section className="panel">
        <KolHeading _label={t('start.live.heading')} _level={2} />
        {programme.isError ? (
          <ApiErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />
        ) : programme.data ? (
          <TalkList talks={programme.data.live} empty={t('start.live.empty')} />
        ) : (
          <p className="status-line">{t('common.loading')}</p>
        )}
      </section>
      <section className="panel">
        <KolHeading _label={t('start.next.heading')} _level={2} />
        {programme.data && <TalkList talks={programme.data.next} empty={t('start.next.empty')} withDate />}
        {!programme.data && !programme.isError && <p className="status-line">{t('common.loading')}</p>}
      </section>
    </div>
  );
  const days = fair.data && fair.data.eventDays.length > 0 && (
    <section>
      <KolHeading _label={t('start.eventDays.heading')} _level={2} />
      <ol className="day-list">
        {fair.data.eventDays.map((day) => (
          <li key={day.id}>
            <KolCard _label={day.title} _level={3} lang={CONTENT_LANGUAGE}>
              <div className="day-card" lang={i18n.language}>
                <p className="day-card__date">
                  <time dateTime={day.date}>{formatLongDate(day.date, i18n.language)}</time>
                </p>
                {!day.title.includes(day.hostRegion.name) && (
                  <p>
                    <strong>{t('start.eventDays.host')}:</strong> <span lang={contentLang}>{day.hostRegion.name}</span>
                  </p>
                )}
                <div lang={contentLang}>
                  <Paragraphs text={day.description} />
                </div>
              </div>
            </KolCard>
          </li>
        ))}
      </ol>
    </section>
  );

  return (
    <div className="page page--start">
      <Suspense
        fallback={
          <>
            {hero}
            {now}
            {days}
          </>
        }
      >
        <Lobby hero={hero} now={now} days={days} eventDays={fair.data?.eventDays} firstTalkStart={programme.data?.next[0]?.start} />
      </Suspense>
    </div>
  );
}
