import type { TalkSummary, TalkType } from '../../shared/api';

export const TALK_TYPES: TalkType[] = ['grusswort', 'keynote', 'fachbeitrag', 'podium', 'workshop'];

/** Filters of the programme page as they stand in the URL (`?tag=2&themenfeld=gesundheit&art=keynote&q=…`). */
export interface ScheduleFilter {
  day?: number;
  topic?: string;
  type?: TalkType;
  q?: string;
}

const CODE = /^[a-z0-9-]{1,40}$/;

/** Reads the filter from the URL; anything malformed is dropped, so a broken shared link still shows the programme. */
export function parseScheduleFilter(params: URLSearchParams): ScheduleFilter {
  const filter: ScheduleFilter = {};
  const day = Number(params.get('tag'));
  if (Number.isInteger(day) && day > 0) filter.day = day;
  const topic = params.get('themenfeld');
  if (topic && CODE.test(topic)) filter.topic = topic;
  const type = params.get('art');
  if (type && (TALK_TYPES as string[]).includes(type)) filter.type = type as TalkType;
  const q = params.get('q')?.trim();
  if (q) filter.q = q.slice(0, 200);
  return filter;
}

export function scheduleSearch(filter: ScheduleFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.day) params.set('tag', String(filter.day));
  if (filter.topic) params.set('themenfeld', filter.topic);
  if (filter.type) params.set('art', filter.type);
  if (filter.q) params.set('q', filter.q);
  return params;
}

export function isLive(talk: Pick<TalkSummary, 'start' | 'end'>, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(talk.start) <= t && t < Date.parse(talk.end);
}

/** Minutes of the grid: one row is five minutes, so every usual start time gets its own row line. */
export const SLOT_MINUTES = 5;

export interface GridColumn {
  stage: { key: string; name: string };
  talks: GridTalk[];
}

export interface GridTalk {
  talk: TalkSummary;
  /** CSS grid lines (1-based, header row excluded): the talk spans rowStart up to, not including, rowEnd. */
  rowStart: number;
  rowEnd: number;
  /** Talks of the same stage that overlap this one (the programme admin sees them flagged too). */
  overlaps: boolean;
}

export interface ScheduleGrid {
  columns: GridColumn[];
  /** Number of rows of SLOT_MINUTES. */
  rows: number;
  /** Epoch ms of the first row. */
  origin: number;
  /** Full hours to label on the time axis, with their first row. */
  hours: { iso: string; row: number }[];
}

/**
 * Lays one day's talks out as a grid: one column per stage (in the order given, then as they appear),
 * rows of five minutes from the first start (rounded down to the hour) to the last end. The DOM keeps
 * the talks per stage in start order; the grid only places them, so the list on phones and the order a
 * screen reader reads are the same.
 */
export function layoutGrid(talks: TalkSummary[], stageOrder: { key: string; name: string }[] = []): ScheduleGrid {
  const columns = new Map<string, GridColumn>();
  for (const stage of stageOrder) columns.set(stage.key, { stage, talks: [] });
  if (talks.length === 0) return { columns: [...columns.values()].filter((c) => c.talks.length > 0), rows: 0, origin: 0, hours: [] };

  const starts = talks.map((t) => Date.parse(t.start));
  const ends = talks.map((t) => Date.parse(t.end));
  const hour = 60 * 60_000;
  const slot = SLOT_MINUTES * 60_000;
  // Rounded in UTC: Europe/Berlin is a whole hour ahead of UTC, so full hours are the same.
  const origin = Math.floor(Math.min(...starts) / hour) * hour;
  const last = Math.max(...ends);
  const rows = Math.max(1, Math.ceil((last - origin) / slot));

  const sorted = [...talks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id - b.id);
  for (const talk of sorted) {
    let column = columns.get(talk.stage.key);
    if (!column) {
      column = { stage: talk.stage, talks: [] };
      columns.set(talk.stage.key, column);
    }
    const start = Date.parse(talk.start);
    const end = Math.max(Date.parse(talk.end), start + slot);
    column.talks.push({
      talk,
      rowStart: Math.floor((start - origin) / slot) + 1,
      rowEnd: Math.ceil((end - origin) / slot) + 1,
      overlaps: false,
    });
  }
  for (const column of columns.values()) {
    for (const a of column.talks) {
      a.overlaps = column.talks.some(
        (b) => b !== a && Date.parse(b.talk.start) < Date.parse(a.talk.end) && Date.parse(a.talk.start) < Date.parse(b.talk.end),
      );
    }
  }
  const hours: { iso: string; row: number }[] = [];
  for (let t = origin; t < last; t += hour) hours.push({ iso: new Date(t).toISOString(), row: (t - origin) / slot + 1 });

  return { columns: [...columns.values()].filter((c) => c.talks.length > 0), rows, origin, hours };
}

/** Talks grouped by event day id, each group in start order. */
export function byDay(talks: TalkSummary[]): Map<number, TalkSummary[]> {
  const result = new Map<number, TalkSummary[]>();
  for (const talk of [...talks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const list = result.get(talk.eventDayId) ?? [];
    list.push(talk);
    result.set(talk.eventDayId, list);
  }
  return result;
}
