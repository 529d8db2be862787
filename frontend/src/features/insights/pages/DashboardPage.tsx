import { KolButton, KolHeading, KolSelect } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../texts';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { hostRegions, useEventDays } from '../../../shared/fair/hooks';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { saveBlob } from '../../../shared/ui/saveBlob';
import { formatShortDate, formatTime } from '../../../i18n/format';
import { insightsApi } from '../api';
import { BarChart } from '../components/BarChart';
import { DASHBOARD_KEY, useDashboardSocket } from '../live';
import '../insights.css';
import { useApiQuery } from '../../../shared/api/useApiQuery';
import { kolValue } from '../../../shared/forms/kolValue';

/** Threshold of the booth figures; the dashboard's platform-wide figures are not suppressed. */
const THRESHOLD = 5;

/** The figures of the moment, in the order the dashboard shows them. */
const NOW = ['onlineNow', 'conversationsWaiting', 'contactRequestsToday', 'reuseRequestsToday', 'reportsWaiting'] as const;

/** The organiser dashboard (admins): live figures of the fair and per event day, each chart with its table. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const access = useAccess('admin');
  const granted = access === 'granted';
  const dashboard = useApiQuery(DASHBOARD_KEY, insightsApi.dashboard, { enabled: granted });
  const live = useDashboardSocket(granted);
  const [loadedAt] = useState(() => new Date().toISOString());
  const data = dashboard.data;
  const lang = i18n.language;
  const at = formatTime(live.updatedAt ?? loadedAt, lang);
  const eventDays = useEventDays();
  const [region, setRegion] = useState('');
  const report = async () =>
    saveBlob(await insightsApi.editionReport(region || undefined), `messebericht-${data?.edition ?? ''}${region ? `-${region}` : ''}.pdf`);

  return (
    <ProtectedPage access={access} title={t('insights.dashboard.pageTitle')} className="page--insights">
      <p className="lead">{t('insights.dashboard.intro')}</p>
      <p role="status">{live.online ? t('insights.dashboard.live', { time: at }) : t('insights.dashboard.offline', { time: at })}</p>
      <QueryStatus query={dashboard} />
      {data && (
        <>
          <KolHeading _label={t('insights.dashboard.now')} _level={2} />
          <dl className="totals" data-testid="dashboard-now">
            {NOW.map((key) => (
              <div key={key}>
                <dt>{t(`insights.dashboard.${key}`)}</dt>
                <dd data-testid={key === 'onlineNow' ? 'online-now' : undefined}>{data[key]}</dd>
              </div>
            ))}
          </dl>

          <KolHeading _label={t('insights.dashboard.stages')} _level={2} />
          <dl className="totals" data-testid="stage-viewers">
            {data.stages.map((stage) => (
              <div key={stage.key}>
                <dt>{stage.name}</dt>
                <dd>
                  <span data-stage={stage.key}>{stage.viewers}</span> {t('insights.dashboard.viewers')}
                  <span className="insights-median">{stage.talk ?? t('insights.dashboard.noTalk')}</span>
                </dd>
              </div>
            ))}
          </dl>
          <BarChart
            title={t('insights.dashboard.stagesCaption')}
            categoryLabel={t('insights.dashboard.stage')}
            categories={data.stages.map((s) => s.name)}
            series={[{ key: 'viewers', label: t('insights.dashboard.viewers'), values: data.stages.map((s) => s.viewers) }]}
            threshold={THRESHOLD}
          />

          <KolHeading _label={t('insights.dashboard.busiest')} _level={2} />
          {data.busiestBooths.length === 0 ? (
            <p>{t('insights.dashboard.noBooths')}</p>
          ) : (
            <BarChart
              title={t('insights.dashboard.busiestCaption')}
              categoryLabel={t('insights.dashboard.boothVisits')}
              categories={data.busiestBooths.map((b) => b.name)}
              series={[{ key: 'visits', label: t('insights.metric.visits'), values: data.busiestBooths.map((b) => b.visits) }]}
              threshold={THRESHOLD}
            />
          )}

          <KolHeading _label={t('insights.dashboard.days')} _level={2} />
          <BarChart
            title={t('insights.dashboard.daysCaption')}
            categoryLabel={t('insights.booth.day')}
            categories={data.days.map((d) => formatShortDate(d.date, lang))}
            series={[
              { key: 'visitors', label: t('insights.dashboard.visitors'), values: data.days.map((d) => d.visitors) },
              { key: 'boothVisits', label: t('insights.dashboard.boothVisits'), values: data.days.map((d) => d.boothVisits) },
            ]}
            threshold={THRESHOLD}
          />
          {data.days.map((day) => (
            <section key={day.eventDayId} aria-label={t('insights.dashboard.talks', { day: formatShortDate(day.date, lang) })}>
              <KolHeading _label={t('insights.dashboard.talks', { day: formatShortDate(day.date, lang) })} _level={3} />
              {day.talks.length === 0 ? (
                <p>{t('insights.dashboard.noTalks')}</p>
              ) : (
                <BarChart
                  title={t('insights.dashboard.talksCaption', { day: formatShortDate(day.date, lang) })}
                  categoryLabel={t('insights.dashboard.talk')}
                  categories={day.talks.map((talk) => talk.title)}
                  series={[
                    { key: 'peak', label: t('insights.dashboard.peak'), values: day.talks.map((talk) => talk.peakViewers) },
                    { key: 'average', label: t('insights.dashboard.average'), values: day.talks.map((talk) => talk.averageViewers) },
                  ]}
                  threshold={THRESHOLD}
                />
              )}
            </section>
          ))}
          <p>{t('insights.belowHint', { threshold: THRESHOLD })}</p>
          <KolHeading _label={t('insights.dashboard.report')} _level={2} />
          <p>{t('insights.dashboard.reportIntro')}</p>
          <div className="insights-downloads">
            <KolSelect
              _label={t('insights.dashboard.reportRegion')}
              _value={region}
              _options={[
                { label: t('insights.dashboard.reportAll'), value: '' },
                ...hostRegions(eventDays.data ?? []).map((r) => ({ label: r.name, value: r.code })),
              ]}
              _on={{ onChange: (_e: Event, v: unknown) => setRegion(kolValue(v)) }}
            />
            <KolButton _label={t('insights.dashboard.reportPdf')} _variant="secondary" _on={{ onClick: () => void report() }} />
          </div>
        </>
      )}
    </ProtectedPage>
  );
}
