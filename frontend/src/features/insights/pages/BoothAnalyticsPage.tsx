import type { Iso8601 } from '@public-ui/components';
import { KolButton, KolHeading, KolInputDate } from '@public-ui/react-v19';
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ApiError } from '../../../shared/api';
import { ProtectedPage } from '../../../shared/auth/access';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { formatShortDate } from '../../../i18n/format';
import { insightsApi, type Figures, type Period } from '../api';
import { BarChart } from '../components/BarChart';
import { shownCount } from '../format';
import '../insights.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';
import { Fact } from '../../../shared/ui/Fact';

const TOTALS: (keyof Figures)[] = ['visits', 'visitors', 'downloads', 'chatMessages', 'conversations', 'answered',
  'contactRequests', 'reuseRequests', 'meetings'];

/** Booth analytics for its team (issue 19): visits over time, sources, chat, requests, beside the hall's median. */
export function BoothAnalyticsPage() {
  const { t, i18n } = useTranslation();
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const [period, setPeriod] = useState<Period>({});
  const [fields, setFields] = useState({ from: '', to: '' });
  const analytics = useApiQuery(['insights', 'booth', slug, period], (o) => insightsApi.booth(slug, period, o), {
    enabled: granted,
    placeholderData: keepPreviousData,
  });
  const forbidden = analytics.error instanceof ApiError && (analytics.error.status === 403 || analytics.error.isNotFound);
  const data = analytics.data;
  const lang = i18n.language;

  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    setPeriod({ from: fields.from || undefined, to: fields.to || undefined });
  };
  const download = async () => saveBlob(await insightsApi.boothCsv(slug, period), `${slug}-statistik.csv`);
  const report = async () => saveBlob(await insightsApi.boothReport(slug), `${slug}-bericht.pdf`);

  return (
    <ProtectedPage access={access} title={t('insights.booth.pageTitle', { name })} forbidden={forbidden} className="page--insights">
      <BoothManageNav slug={slug} current="stats" published={booth?.published} />
      <p className="lead">{t('insights.booth.intro')}</p>
      <form className="insights-period" onSubmit={apply} aria-label={t('insights.booth.period')}>
        <KolInputDate _label={t('insights.booth.from')} _type="date" _value={(fields.from || data?.from || '') as Iso8601}
          _on={{ onInput: (_e: Event, v: unknown) => setFields((f) => ({ ...f, from: kolValue(v) })) }} />
        <KolInputDate _label={t('insights.booth.to')} _type="date" _value={(fields.to || data?.to || '') as Iso8601}
          _on={{ onInput: (_e: Event, v: unknown) => setFields((f) => ({ ...f, to: kolValue(v) })) }} />
        <KolButton _label={t('insights.booth.apply')} _type="submit" _variant="secondary" _on={{ onClick: () => apply() }} />
      </form>
      <QueryStatus query={analytics} showError={!forbidden} />
      {data && (
        <>
          <p>{t('insights.belowHint', { threshold: data.threshold })}</p>
          <KolHeading _label={t('insights.booth.totals')} _level={2} />
          <dl className="totals">
            {TOTALS.map((key) => (
              <div key={key}>
                <dt>{t(`insights.metric.${key}`)}</dt>
                <dd>
                  {shownCount(data.totals[key], data.threshold)}
                  <span className="insights-median">
                    {' '}({t('insights.booth.median')}: {shownCount(data.hallMedian[key], data.threshold)})
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          <p>{t('insights.booth.medianNote', { count: data.hallBooths })}</p>

          <KolHeading _label={t('insights.booth.perDay')} _level={2} />
          <BarChart
            title={t('insights.booth.perDayCaption')}
            categoryLabel={t('insights.booth.day')}
            categories={data.days.map((d) => formatShortDate(d.day, lang))}
            series={[
              { key: 'visits', label: t('insights.metric.visits'), values: data.days.map((d) => d.figures.visits) },
              { key: 'visitors', label: t('insights.metric.visitors'), values: data.days.map((d) => d.figures.visitors) },
            ]}
            threshold={data.threshold}
          />

          <KolHeading _label={t('insights.booth.perHour', { day: formatShortDate(data.day, lang) })} _level={2} />
          <BarChart
            title={t('insights.booth.perHourCaption', { day: formatShortDate(data.day, lang) })}
            categoryLabel={t('insights.booth.hourColumn')}
            categories={data.hours.map((h) => t('insights.booth.hour', { hour: h.hour }))}
            series={[{ key: 'visits', label: t('insights.metric.visits'), values: data.hours.map((h) => h.visits) }]}
            threshold={data.threshold}
          />

          <KolHeading _label={t('insights.booth.sources')} _level={2} />
          <BarChart
            title={t('insights.booth.sourcesCaption')}
            categoryLabel={t('insights.booth.sources')}
            categories={(['hall', 'talk', 'programme', 'direct'] as const).map((s) => t(`insights.source.${s}`))}
            series={[{
              key: 'visits',
              label: t('insights.metric.visits'),
              values: [data.sources.hall, data.sources.talk, data.sources.programme, data.sources.direct],
            }]}
            threshold={data.threshold}
          />

          <KolHeading _label={t('insights.booth.chat')} _level={2} />
          <dl className="totals">
            <Fact label={t('insights.booth.answeredPercent')}>{data.chat.answeredPercent === null ? t('insights.booth.notEnough') : `${data.chat.answeredPercent} %`}</Fact>
            <Fact label={t('insights.booth.averageMinutes')}>
              {data.chat.averageMinutesToAnswer === null
                ? t('insights.booth.notEnough')
                : t('insights.booth.minutes', { count: data.chat.averageMinutesToAnswer })}
            </Fact>
          </dl>
          <div className="insights-downloads">
            <KolButton _label={t('insights.booth.csv')} _variant="secondary" _on={{ onClick: () => void download() }} />
            <KolButton _label={t('insights.booth.report')} _variant="secondary" _on={{ onClick: () => void report() }} />
          </div>
          <p>{t('insights.booth.reportHint')}</p>
        </>
      )}
    </ProtectedPage>
  );
}
