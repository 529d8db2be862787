import type { BoothQuery, ExhibitorType, HallSort, Maturity, OperatingModel, OzgModel, ReuseModel } from '../../shared/api';
import { MATURITIES, ORGANISATION_TYPES, REUSE_MODELS } from '../../shared/booth/labels';
import { OPERATING_MODELS, parseOzgChoice } from '../../shared/booth/reuseLabels';

/** Booth cards per page of the hall. */
export const PAGE_SIZE = 24;
const MAX_QUERY_LENGTH = 200;
const CODE = /^[a-z0-9-]{1,40}$/;
const SPDX_ID = /^[A-Za-z0-9.+-]{1,60}$/;

/** SPDX licences the hall filter offers; a shared link may name any other SPDX identifier. */
export const LICENCE_CHOICES = ['EUPL-1.2', 'MIT', 'Apache-2.0', 'AGPL-3.0-or-later', 'GPL-3.0-or-later', 'MPL-2.0'] as const;

export const SORTS: readonly HallSort[] = ['relevance', 'hall', 'name', 'newest'];
/** Region filter value for exhibitors from outside the host regions. */
export const OTHER_REGION = 'other';

/**
 * What the hall shows, kept in the URL so a search can be bookmarked and shared:
 * /halle?topic=gesundheit&region=soest&maturity=produktiv&q=termin&page=2. The URL counts pages from 1
 * like people do; the API counts from 0.
 */
export interface HallFilter {
  topic?: string;
  /** Host region code, or "other". */
  region?: string;
  orgType?: ExhibitorType;
  maturity?: Maturity;
  reuseModel?: ReuseModel;
  /** Services of at least this OZG maturity level … */
  ozgLevel?: number;
  /** … in this maturity model (levels of 1.1 and 2.0 are not compared). */
  ozgModel?: OzgModel;
  efa?: boolean;
  /** SPDX licence identifier. */
  licence?: string;
  operatingModel?: OperatingModel;
  day?: number;
  q?: string;
  /** Only when chosen; the API's default is relevance with a search text, the hall order without. */
  sort?: HallSort;
  /** The booths of all editions at once (`?editions=all`); one other edition is its own address (/2025/halle). */
  allEditions?: boolean;
  /** Chosen in the form: another edition whose hall to open, or "all". Never read from the query string. */
  edition?: string;
  /** 0-based, as the API counts. */
  page: number;
}

/** The edition filter's value for all editions. */
export const ALL_EDITIONS = 'all';

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

function code(value: string | null): string | undefined {
  return value && CODE.test(value) ? value : undefined;
}

/** Reads a filter from the query string; anything malformed is ignored rather than sent on. */
export function parseHallFilter(params: URLSearchParams): HallFilter {
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const page = positiveInt(params.get('page'));
  return {
    topic: code(params.get('topic')),
    region: code(params.get('region')),
    orgType: oneOf(ORGANISATION_TYPES, params.get('orgType')),
    maturity: oneOf(MATURITIES, params.get('maturity')),
    reuseModel: oneOf(REUSE_MODELS, params.get('reuseModel')),
    ...ozgFilter(params),
    efa: params.get('efa') === 'true' ? true : params.get('efa') === 'false' ? false : undefined,
    licence: SPDX_ID.test(params.get('licence') ?? '') ? (params.get('licence') as string) : undefined,
    operatingModel: oneOf(OPERATING_MODELS, params.get('operatingModel')),
    day: positiveInt(params.get('day')),
    q: q || undefined,
    sort: oneOf(SORTS, params.get('sort')),
    allEditions: params.get('editions') === ALL_EDITIONS || undefined,
    page: page ? page - 1 : 0,
  };
}

/** The order the API uses when none is chosen. */
export function defaultSort(filter: Pick<HallFilter, 'q'>): HallSort {
  return filter.q ? 'relevance' : 'hall';
}

/** Writes only what differs from the default, so the plain hall stays "/halle". */
export function serialiseHallFilter(filter: HallFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.region) params.set('region', filter.region);
  if (filter.orgType) params.set('orgType', filter.orgType);
  if (filter.maturity) params.set('maturity', filter.maturity);
  if (filter.reuseModel) params.set('reuseModel', filter.reuseModel);
  if (filter.ozgLevel !== undefined) {
    params.set('ozgLevel', String(filter.ozgLevel));
    params.set('ozgModel', filter.ozgModel ?? '1.1');
  }
  if (filter.efa !== undefined) params.set('efa', String(filter.efa));
  if (filter.licence) params.set('licence', filter.licence);
  if (filter.operatingModel) params.set('operatingModel', filter.operatingModel);
  if (filter.day) params.set('day', String(filter.day));
  const q = filter.q?.trim();
  if (q) params.set('q', q);
  if (filter.sort && filter.sort !== defaultSort({ q })) params.set('sort', filter.sort);
  if (filter.allEditions) params.set('editions', ALL_EDITIONS);
  if (filter.page > 0) params.set('page', String(filter.page + 1));
  return params;
}

export function toBoothQuery(filter: HallFilter, size = PAGE_SIZE): BoothQuery {
  return {
    page: filter.page,
    size,
    topic: filter.topic,
    region: filter.region,
    orgType: filter.orgType,
    maturity: filter.maturity,
    reuseModel: filter.reuseModel,
    ozgLevel: filter.ozgLevel,
    ozgModel: filter.ozgLevel === undefined ? undefined : (filter.ozgModel ?? '1.1'),
    efa: filter.efa,
    licence: filter.licence,
    operatingModel: filter.operatingModel,
    day: filter.day,
    q: filter.q,
    sort: filter.sort,
    ...(filter.allEditions ? { allEditions: true } : {}),
  };
}

/** How many filters besides the search words are set (the sort order is none). */
export function chosenFilterCount(filter: HallFilter): number {
  return [
    filter.topic,
    filter.region,
    filter.orgType,
    filter.maturity,
    filter.reuseModel,
    filter.ozgLevel !== undefined,
    filter.efa !== undefined,
    filter.licence,
    filter.operatingModel,
    filter.day,
    filter.allEditions,
  ].filter(Boolean).length;
}

export function isFiltered(filter: HallFilter): boolean {
  return Boolean(
    filter.topic ||
      filter.region ||
      filter.orgType ||
      filter.maturity ||
      filter.reuseModel ||
      filter.ozgLevel !== undefined ||
      filter.efa !== undefined ||
      filter.licence ||
      filter.operatingModel ||
      filter.day ||
      filter.q,
  );
}

/**
 * The maturity filter of an address: `ozgLevel=5&ozgModel=2.0` (a link without the model means 1.1, as the API
 * reads it), or the filter form's single choice `ozgLevel=2.0:5`.
 */
function ozgFilter(params: URLSearchParams): Pick<HallFilter, 'ozgLevel' | 'ozgModel'> {
  const level = params.get('ozgLevel') ?? '';
  const choice = parseOzgChoice(level.includes(':') ? level : `${params.get('ozgModel') ?? '1.1'}:${level}`);
  return choice ? { ozgLevel: choice.level, ozgModel: choice.model } : {};
}

/** The hall's two views: the list of booth cards (the default, and the plan's text alternative) and the plan. */
export type HallView = 'list' | 'plan';
/** What the plan's areas are: the topic fields (default) or the host regions. */
export type PlanAreas = 'topic' | 'region';

export interface HallDisplay {
  view: HallView;
  areas: PlanAreas;
}

/** Reads the view from the query string (`view=plan&areas=region`); the plain hall is the list. */
export function parseHallDisplay(params: URLSearchParams): HallDisplay {
  return {
    view: params.get('view') === 'plan' ? 'plan' : 'list',
    areas: params.get('areas') === 'region' ? 'region' : 'topic',
  };
}

/** Adds the view to a filter's query string, writing only what differs from the default. */
export function withHallDisplay(params: URLSearchParams, display: HallDisplay): URLSearchParams {
  const result = new URLSearchParams(params);
  if (display.view === 'plan') {
    result.set('view', 'plan');
    // The plan shows every booth at once: no page of the list
    result.delete('page');
    if (display.areas === 'region') result.set('areas', 'region');
  }
  return result;
}

/** The largest page the API gives: the plan shows up to this many booths at once. */
export const PLAN_SIZE = 100;

/** The plan's query: the filter's booths in the admins' hall order, as many as one answer holds. */
export function toPlanQuery(filter: HallFilter): BoothQuery {
  return { ...toBoothQuery({ ...filter, page: 0 }, PLAN_SIZE), sort: 'hall' };
}
