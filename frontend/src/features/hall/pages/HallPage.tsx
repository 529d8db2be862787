import { KolPagination } from '@public-ui/react-v19';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useEdition, useEditionHref } from '../../../shared/edition/EditionContext';
import { BoothCard } from '../../../shared/booth/BoothCard';
import { useBooths } from '../hooks';
import { hostRegions, useEventDays, useTopicFields } from '../../../shared/fair/hooks';
import { HallFilters } from '../components/HallFilters';
import { HallViewSwitch } from '../components/HallViewSwitch';
import {
  ALL_EDITIONS,
  PAGE_SIZE,
  parseHallDisplay,
  parseHallFilter,
  serialiseHallFilter,
  toBoothQuery,
  toPlanQuery,
  withHallDisplay,
  type HallDisplay,
  type HallFilter,
} from '../filterState';
import { HallPlan } from '../plan/HallPlan';
import '../texts';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';

export function HallPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('hall.pageTitle'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = parseHallFilter(searchParams);
  const display = parseHallDisplay(searchParams);
  const plan = display.view === 'plan';
  const booths = useBooths(plan ? toPlanQuery(filter) : toBoothQuery(filter));
  const topicFields = useTopicFields();
  const eventDays = useEventDays();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { editions, edition: shown } = useEdition();
  const editionHref = useEditionHref();
  const navigate = useNavigate();

  // The view (list or plan) stays when the filters change, and the filters when the view changes
  const show = ({ edition: chosen, ...next }: HallFilter, nextDisplay: HallDisplay = display) => {
    if (chosen === ALL_EDITIONS) next.allEditions = true;
    else if (chosen && chosen !== shown?.slug) {
      // Another edition's hall is an address of its own, with the same filters
      const params = withHallDisplay(serialiseHallFilter({ ...next, allEditions: false }), nextDisplay).toString();
      navigate(`${editionHref('/halle', chosen)}${params ? `?${params}` : ''}`);
      return;
    } else if (chosen) next.allEditions = false;
    const params = withHallDisplay(serialiseHallFilter(next), nextDisplay);
    if (params.toString() === searchParams.toString()) return;
    setSearchParams(params);
  };

  const changePage = (page: number) => {
    show({ ...filter, page });
    // After paging, continue reading at the result count instead of at the bottom of the list.
    statusRef.current?.focus();
    statusRef.current?.scrollIntoView({ block: 'start' });
  };

  const data = booths.data;
  const corrected = data?.didYouMean && filter.q ? data.didYouMean : undefined;
  let status = '';
  // The correction is shown right below the status: screen readers hear it in the status, eyes read it once
  let correctedStatus = '';
  if (booths.isFetching) status = t('hall.status.loading');
  else if (data) {
    status = t('hall.status.count', { count: data.totalItems });
    if (corrected) correctedStatus = `${t('hall.status.corrected', { typed: filter.q, corrected })} `;
    if (!plan && data.totalPages > 1) status += ` ${t('hall.status.page', { page: data.page + 1, pages: data.totalPages })}`;
  }

  return (
    <div className="page page--hall">
      <PageHeading>{t('hall.pageTitle')}</PageHeading>
      <p className="lead">{t('hall.intro')}</p>

      <HallFilters
        key={`${shown?.slug ?? ''}?${searchParams.toString()}`}
        filter={filter}
        topicFields={topicFields.data ?? []}
        eventDays={eventDays.data ?? []}
        editions={editions}
        edition={shown?.slug}
        onApply={show}
      />

      <HallViewSwitch display={display} onChange={(next) => show(filter, next)} />

      {/* Always in the DOM, so screen readers announce changes of its text. */}
      <p ref={statusRef} className="status-line result-status" role="status" aria-live="polite" tabIndex={-1}>
        {correctedStatus && <span className="visually-hidden">{correctedStatus}</span>}
        {status}
      </p>

      {corrected && !booths.isFetching && (
        <p className="did-you-mean">
          <strong>{t('hall.didYouMean.showing', { corrected })}</strong>{' '}
          <span className="muted">{t('hall.didYouMean.typed', { typed: filter.q })}</span>
        </p>
      )}

      {booths.isError && <ApiErrorAlert error={booths.error} onRetry={() => void booths.refetch()} />}

      {data && data.items.length === 0 && <p className="empty-state">{t('hall.empty')}</p>}

      {plan && data && data.items.length > 0 && (
        <HallPlan
          booths={data.items}
          total={data.totalItems}
          areas={display.areas}
          order={display.areas === 'region' ? hostRegions(eventDays.data ?? []) : (topicFields.data ?? [])}
        />
      )}

      {!plan && data && data.items.length > 0 && (
        <ul className="booth-grid" aria-busy={booths.isFetching} aria-label={t('hall.results')}>
          {data.items.map((booth) => (
            <BoothCard key={`${booth.edition}/${booth.slug}`} booth={booth} showEdition={filter.allEditions} />
          ))}
        </ul>
      )}

      {!plan && data && data.totalPages > 1 && (
        // KolPagination brings its own <nav> labelled with _label.
        <div className="pagination">
          <KolPagination
            key={i18n.language}
            _label={t('hall.pagination')}
            _page={data.page + 1}
            _max={data.totalItems}
            _pageSize={data.size || PAGE_SIZE}
            _pageSizeOptions={[]}
            _hasButtons
            _on={{ onChangePage: (_event: Event, page: number) => changePage(page - 1) }}
          />
        </div>
      )}
    </div>
  );
}
