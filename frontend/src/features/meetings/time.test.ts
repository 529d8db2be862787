import { describe, expect, it } from 'vitest';
import { berlinRange, byBerlinDay, differsFromBerlin, localRange } from './time';

describe('meeting times', () => {
  const start = '2026-11-18T08:00:00Z';
  const end = '2026-11-18T08:30:00Z';

  it('shows Berlin time', () => {
    expect(berlinRange(start, end, 'de')).toBe('09:00–09:30');
  });

  it('adds the visitor’s own time only where their zone differs', () => {
    expect(differsFromBerlin(start, 'Europe/Berlin')).toBe(false);
    expect(differsFromBerlin(start, 'Europe/Paris')).toBe(false);
    expect(localRange(start, end, 'de', 'Europe/Vienna')).toBeUndefined();
    expect(localRange(start, end, 'en', 'Europe/Lisbon')).toBe('08:00–08:30 Europe/Lisbon');
  });

  it('groups slots by their Berlin day, also across midnight UTC', () => {
    const days = byBerlinDay(
      [{ at: '2026-11-18T23:30:00Z' }, { at: '2026-11-18T08:00:00Z' }, { at: '2026-11-17T09:00:00Z' }],
      (s) => s.at,
    );
    expect(days.map(([day, items]) => [day, items.length])).toEqual([
      ['2026-11-17', 1],
      ['2026-11-18', 1],
      ['2026-11-19', 1],
    ]);
  });
});
