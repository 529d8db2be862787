import { describe, expect, it } from 'vitest';
import { talk } from './fixtures.test-data';
import { msUntilNextStart, nextCheckDelay, startedBetween } from './reminders';

const talks = [talk(1, '10:00', '10:30'), talk(2, '10:30', '11:00'), talk(3, '14:00', '14:30')];
const at = (berlin: string) => new Date(`2026-11-26T${berlin}:00+01:00`);

describe('agenda reminders', () => {
  it('announce a talk once, in the check that passes its start', () => {
    expect(startedBetween(talks, at('09:59'), at('10:00')).map((t) => t.id)).toEqual([1]);
    expect(startedBetween(talks, at('10:00'), at('10:01'))).toEqual([]);
  });

  it('do not announce talks that started before the app was opened', () => {
    expect(startedBetween(talks, at('10:15'), at('10:16'))).toEqual([]);
  });

  it('look again at the next start, at least every minute and never sooner than a second', () => {
    expect(msUntilNextStart(talks, at('10:29'))).toBe(60_000);
    expect(nextCheckDelay(talks, new Date(at('10:30').getTime() - 20_000))).toBe(20_000);
    expect(nextCheckDelay(talks, at('11:00'))).toBe(60_000);
    expect(nextCheckDelay(talks, new Date(at('10:30').getTime() - 10))).toBe(1000);
    expect(nextCheckDelay(talks, at('15:00'))).toBe(60_000);
    expect(msUntilNextStart(talks, at('15:00'))).toBeUndefined();
  });
});
