import { describe, expect, it } from 'vitest';
import { forum, talk } from './fixtures.test-data';
import { byDay, isLive, layoutGrid, parseScheduleFilter, scheduleSearch, SLOT_MINUTES } from './schedule';

describe('programme filter in the URL', () => {
  it('reads day, topic field, type and words, and writes them back the same way', () => {
    const params = new URLSearchParams('tag=2&themenfeld=gesundheit&art=keynote&q=%20Nachnutzung%20');
    const filter = parseScheduleFilter(params);
    expect(filter).toEqual({ day: 2, topic: 'gesundheit', type: 'keynote', q: 'Nachnutzung' });
    expect(scheduleSearch(filter).toString()).toBe('tag=2&themenfeld=gesundheit&art=keynote&q=Nachnutzung');
  });

  it('drops malformed values of a broken link instead of failing', () => {
    expect(parseScheduleFilter(new URLSearchParams('tag=-1&themenfeld=<script>&art=vortrag'))).toEqual({});
    expect(scheduleSearch({}).toString()).toBe('');
  });
});

describe('"Jetzt live"', () => {
  const t = talk(1, '10:00', '10:30');
  it('is live from its start up to, not including, its end', () => {
    expect(isLive(t, new Date('2026-11-26T08:59:59Z'))).toBe(false);
    expect(isLive(t, new Date('2026-11-26T09:00:00Z'))).toBe(true);
    expect(isLive(t, new Date('2026-11-26T09:29:59Z'))).toBe(true);
    expect(isLive(t, new Date('2026-11-26T09:30:00Z'))).toBe(false);
  });
});

describe('the schedule grid', () => {
  it('puts each stage in a column in the given order and talks on rows of five minutes from the full hour', () => {
    const grid = layoutGrid(
      [talk(2, '10:30', '11:00', { stage: forum }), talk(1, '09:30', '10:15'), talk(3, '10:30', '11:00')],
      [{ key: 'hauptbuehne', name: 'Hauptbühne' }, forum],
    );
    expect(SLOT_MINUTES).toBe(5);
    expect(grid.columns.map((c) => c.stage.key)).toEqual(['hauptbuehne', 'forum']);
    expect(grid.columns[0].talks.map((x) => x.talk.id)).toEqual([1, 3]);
    // Origin 09:00: 09:30 is row 7, 10:15 ends before row 16; 10:30–11:00 spans rows 19 to 25.
    expect(grid.columns[0].talks[0]).toMatchObject({ rowStart: 7, rowEnd: 16, overlaps: false });
    expect(grid.columns[1].talks[0]).toMatchObject({ rowStart: 19, rowEnd: 25 });
    expect(grid.rows).toBe(24);
    expect(grid.hours.map((h) => h.row)).toEqual([1, 13]);
  });

  it('flags talks that overlap on the same stage, not across stages', () => {
    const grid = layoutGrid([talk(1, '10:00', '11:00'), talk(2, '10:30', '11:30'), talk(3, '10:00', '11:00', { stage: forum })]);
    const flags = Object.fromEntries(grid.columns.flatMap((c) => c.talks.map((x) => [x.talk.id, x.overlaps])));
    expect(flags).toEqual({ 1: true, 2: true, 3: false });
  });

  it('leaves out stages without talks and handles a day without talks', () => {
    expect(layoutGrid([talk(1, '10:00', '10:30')], [forum, { key: 'hauptbuehne', name: 'Hauptbühne' }]).columns).toHaveLength(1);
    expect(layoutGrid([], [forum])).toMatchObject({ columns: [], rows: 0 });
  });

  it('groups talks by event day in start order', () => {
    const grouped = byDay([talk(2, '11:00', '11:30'), talk(1, '09:00', '09:30'), talk(3, '10:00', '10:30', { eventDayId: 5 })]);
    expect([...grouped.keys()]).toEqual([4, 5]);
    expect(grouped.get(4)!.map((t) => t.id)).toEqual([1, 2]);
  });
});
