import { KolHeading, KolTableStateless } from '@public-ui/react-v19';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { ProtectedPage } from '../../../shared/auth/access';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { formatShortDate } from '../../../i18n/format';
import { editorApi } from '../api/editor';
import { QueryStatus } from '../../../shared/ui/QueryStatus';

export function BoothStatsPage() {
  const { t, i18n } = useTranslation();
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const stats = useQuery({
    queryKey: ['stats', slug],
    queryFn: ({ signal }) => editorApi.stats(slug, { signal }),
    enabled: granted,
  });
  const forbidden = stats.error instanceof ApiError && (stats.error.status === 403 || stats.error.isNotFound);
  const data = stats.data;
  const maxViews = Math.max(1, ...(data?.days ?? []).map((d) => d.views));

  return (
    <ProtectedPage access={access} title={t('stats.pageTitle', { name })} forbidden={forbidden} className="page--stats">
      <BoothManageNav slug={slug} current="stats" published={booth?.published} />
      <p className="lead">{t('stats.intro')}</p>
      <QueryStatus query={stats} showError={!forbidden} />
      {data && (
        <>
          <dl className="totals">
            <div>
              <dt>{t('stats.views')}</dt>
              <dd>{data.totalViews}</dd>
            </div>
            <div>
              <dt>{t('stats.downloads')}</dt>
              <dd>{data.totalDownloads}</dd>
            </div>
            <div>
              <dt>{t('stats.contactRequests')}</dt>
              <dd>{data.totalContactRequests}</dd>
            </div>
          </dl>
          <KolHeading _label={t('stats.perDay')} _level={2} />
          {data.days.length === 0 ? (
            <p className="empty-state">{t('stats.empty')}</p>
          ) : (
            <>
              {/* Wide enough for whole words; on narrow screens the table scrolls sideways (keyboard: focus it). */}
              <div className="table-scroll" role="region" aria-label={t('stats.tableCaption', { name })} tabIndex={0}>
                <KolTableStateless
                  className="stats-table"
                  _label={t('stats.tableCaption', { name })}
                  _headerCells={{
                    horizontal: [
                      [
                        { label: t('stats.date'), key: 'date' },
                        { label: t('stats.views'), key: 'views', textAlign: 'right' },
                        { label: t('stats.downloads'), key: 'downloads', textAlign: 'right' },
                        { label: t('stats.contactRequests'), key: 'contactRequests', textAlign: 'right' },
                      ],
                    ],
                  }}
                  _data={data.days.map((day) => ({ ...day, date: formatShortDate(day.date, i18n.language) }))}
                />
              </div>
              {/* The same numbers as bars, for a quick look; the table above is the accessible source. */}
              <div className="bar-chart" aria-hidden="true">
                <p className="bar-chart__title">{t('stats.chartTitle')}</p>
                {data.days.map((day) => (
                  <div key={day.date} className="bar-chart__row">
                    <span className="bar-chart__label">{formatShortDate(day.date, i18n.language)}</span>
                    <span className="bar-chart__bar" style={{ width: `${(day.views / maxViews) * 100}%` }} />
                    <span className="bar-chart__value">{day.views}</span>
                  </div>
                ))}
              </div>
            </>
          )}
        </>
      )}
    </ProtectedPage>
  );
}
