import type { KeyboardEvent, MouseEvent } from 'react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BoothCard } from '../../../shared/api';
import { CONTENT_LANGUAGE } from '../../../i18n/useContentLang';
import { useEditionHref } from '../../../shared/edition/EditionContext';
import type { PlanAreas } from '../filterState';
import { planAreas, type PlanArea, type PlanBooth } from './planAreas';
import { moveInPlan } from './planKeys';
import './hallPlan.css';
import { Picture } from '../../../shared/images/Picture';

interface HallPlanProps {
  booths: BoothCard[];
  /** How many booths match; more than `booths` when the plan could not take them all. */
  total: number;
  areas: PlanAreas;
  /** The fair's topic fields or host regions in their order. */
  order: { code: string; name: string }[];
}

/** Colours of the areas' signs, each with white text at 7:1 or more. */
const AREA_COLOURS = 6;

/** Up to two initials of a booth without a logo, as a sign on its tile. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join('');
}

function PlanTile({ entry }: { entry: PlanBooth }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editionHref = useEditionHref();
  const { booth, number } = entry;
  const href = editionHref(`/stand/${encodeURIComponent(booth.slug)}`, booth.edition);
  const size = booth.tileSize === 'large' || booth.tileSize === 'small' ? booth.tileSize : 'medium';
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click (or Enter) stays in the app; with a modifier the browser opens a tab as for any link
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <li className={`hall-plan__booth hall-plan__booth--${size}${booth.featured ? ' hall-plan__booth--featured' : ''}`}>
      <a className="hall-plan__link" href={href} onClick={open} data-plan-booth="">
        <span className="hall-plan__number">{t('hallPlan.stand', { number })}</span>
        {booth.logoUrl ? (
          // The link names the booth; the logo adds no information to it. Not lazy: the plan is seen as a whole
          <Picture className="hall-plan__logo" src={booth.logoUrl} alt="" width={160} height={48} sizes="10rem" maxWidth={320} eager />
        ) : (
          <span className="hall-plan__monogram" aria-hidden="true" lang={CONTENT_LANGUAGE}>
            {initials(booth.name)}
          </span>
        )}
        <span className="hall-plan__name" lang={CONTENT_LANGUAGE}>
          {booth.name}
        </span>
        {size !== 'small' && <span className="hall-plan__exhibitor">{booth.exhibitor.name}</span>}
        {booth.featured && <span className="hall-plan__featured">{t('booth.featured')}</span>}
      </a>
    </li>
  );
}

function Area({ area, index, by }: { area: PlanArea; index: number; by: PlanAreas }) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = area.name ?? t(by === 'region' ? 'hallPlan.otherRegions' : 'hallPlan.otherTopics');
  return (
    <section className={`hall-plan__area hall-plan__area--colour-${index % AREA_COLOURS}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="hall-plan__sign">
        <span className="hall-plan__letter">{t('hallPlan.area', { letter: area.letter })}</span>{' '}
        <span className="hall-plan__area-name">{name}</span>{' '}
        <span className="hall-plan__count">{t('hallPlan.count', { count: area.booths.length })}</span>
      </h2>
      <ul className="hall-plan__booths">
        {area.booths.map((entry) => (
          <PlanTile key={`${entry.booth.edition}/${entry.booth.slug}`} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

/**
 * The hall as a plan: areas (topic fields or host regions) with their booths in the admins' hall order, as
 * headings and lists, so that screen readers read it like the list view. Tab goes from booth to booth; the
 * arrow keys move as the eye does (planKeys). Part of the hall page's chunk, never of the start page's.
 */
export function HallPlan({ booths, total, areas: by, order }: HallPlanProps) {
  const { t } = useTranslation();
  const plan = useRef<HTMLDivElement>(null);
  const areas = planAreas(booths, by, order);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !plan.current) return;
    if (moveInPlan(plan.current, event.key)) event.preventDefault();
  };
  return (
    <div className="hall-plan" ref={plan} onKeyDown={onKeyDown}>
      <p className="hall-plan__keys">{t('hallPlan.keys')}</p>
      {total > booths.length && <p className="hall-plan__partial">{t('hallPlan.partial', { shown: booths.length, count: total })}</p>}
      <div className="hall-plan__floor">
        {areas.map((area, index) => (
          <Area key={area.code ?? ''} area={area} index={index} by={by} />
        ))}
      </div>
    </div>
  );
}
