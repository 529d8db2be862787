import type { BoothQuery } from '../../api';

/** Booth cards per page of the hall. */
export const PAGE_SIZE = 24;
const MAX_QUERY_LENGTH = 200;
const CODE = /^[a-z0-9-]{1,64}$/;

/**
 * What the hall shows, kept in the URL so a search can be bookmarked and shared:
 * /halle?topic=gesundheit&day=2&q=termin&page=2. The URL counts pages from 1 like people do;
 * the API counts from 0.
 */
export interface HallFilter {
  topic?: string;
  day?: number;
  q?: string;
  /** 0-based, as the API counts. */
  page: number;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** Reads a filter from the query string; anything malformed is ignored rather than sent on. */
export function parseHallFilter(params: URLSearchParams): HallFilter {
  const topic = params.get('topic') ?? '';
  const q = (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const page = positiveInt(params.get('page'));
  return {
    topic: CODE.test(topic) ? topic : undefined,
    day: positiveInt(params.get('day')),
    q: q || undefined,
    page: page ? page - 1 : 0,
  };
}

/** Writes only what differs from the default, so the plain hall stays "/halle". */
export function serialiseHallFilter(filter: HallFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.day) params.set('day', String(filter.day));
  const q = filter.q?.trim();
  if (q) params.set('q', q);
  if (filter.page > 0) params.set('page', String(filter.page + 1));
  return params;
}

export function toBoothQuery(filter: HallFilter, size = PAGE_SIZE): BoothQuery {
  return { page: filter.page, size, topic: filter.topic, day: filter.day, q: filter.q };
}

export function isFiltered(filter: HallFilter): boolean {
  return Boolean(filter.topic || filter.day || filter.q);
}
