import { describe, expect, it } from 'vitest';
import { stageView } from './fixtures.test-data';
import { applyLive, newerLive, staleKeys } from './live';

describe('pushed live state', () => {
  const stage = stageView({ live: { state: 'live', message: null, changedAt: '2026-11-26T09:00:00Z' } });

  it('replaces the shown state when it is as new or newer', () => {
    const paused = { type: 'live' as const, stage: 'hauptbuehne', state: 'paused' as const, message: 'Pause', changedAt: '2026-11-26T09:10:00Z' };
    expect(applyLive(stage, paused)?.live).toEqual({ state: 'paused', message: 'Pause', changedAt: '2026-11-26T09:10:00Z' });
  });

  it('ignores an older frame that arrives after a newer REST answer, and frames of other stages', () => {
    const old = { type: 'live' as const, stage: 'hauptbuehne', state: 'upcoming' as const, message: null, changedAt: '2026-11-26T08:00:00Z' };
    expect(applyLive(stage, old)).toBe(stage);
    expect(applyLive(stage, { ...old, stage: 'forum', changedAt: '2026-11-26T10:00:00Z' })).toBe(stage);
  });

  it('takes any switched state over a stage that was never switched', () => {
    expect(newerLive({ state: 'upcoming', message: null, changedAt: null }, { changedAt: '2026-11-26T08:00:00Z' })).toBe(true);
    expect(newerLive(stage.live, { changedAt: null })).toBe(false);
  });

  it('turns a talk hint into the queries to fetch again', () => {
    expect(staleKeys({ talkId: 42, changed: ['questions', 'faq'] })).toEqual([['questions', 42], ['faq', 42]]);
  });
});
