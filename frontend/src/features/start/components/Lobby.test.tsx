import { describe, expect, it } from 'vitest';
import { remaining } from './Lobby';

describe('remaining', () => {
  it('counts days, hours and whole minutes up to the start', () => {
    const now = new Date('2026-11-20T08:00:30Z');
    expect(remaining(new Date('2026-11-23T09:30:00Z'), now)).toEqual({ days: 3, hours: 1, minutes: 30 });
  });

  it('is empty once the fair has begun', () => {
    expect(remaining(new Date('2026-11-23T09:00:00Z'), new Date('2026-11-23T09:00:00Z'))).toBeNull();
  });
});
