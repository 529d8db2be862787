import { describe, expect, it } from 'vitest';
import { berlinDay, formatDate, formatLongDate, formatShortDate, formatTime, localeFor } from './format';

describe('date formatting in Europe/Berlin', () => {
  it('shows talk times in Berlin time whatever offset the API uses', () => {
    expect(formatTime('2026-11-23T10:00:00+01:00', 'de')).toBe('10:00');
    expect(formatTime('2026-11-23T09:00:00Z', 'de')).toBe('10:00');
    // Summer time: UTC+2.
    expect(formatTime('2026-06-01T08:30:00Z', 'en')).toBe('10:30');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatLongDate('2026-11-23', 'de')).toBe('Montag, 23. November 2026');
    // ICU versions differ on the comma after the weekday in en-GB.
    expect(formatLongDate('2026-11-23', 'en')).toMatch(/^Monday,? 23 November 2026$/);
    expect(formatDate('2026-11-27', 'de')).toBe('27. November 2026');
  });

  it('formats short dates per language', () => {
    expect(formatShortDate('2026-11-24', 'de')).toBe('Di., 24. Nov.');
    expect(formatShortDate('2026-11-24', 'en')).toBe('Tue 24 Nov');
  });

  it('puts a late-evening UTC timestamp on the next Berlin day', () => {
    expect(berlinDay('2026-11-23T23:30:00Z')).toBe('2026-11-24');
    expect(berlinDay('2026-11-23T22:30:00Z')).toBe('2026-11-23');
  });

  it('uses de-DE and en-GB', () => {
    expect(localeFor('de')).toBe('de-DE');
    expect(localeFor('en')).toBe('en-GB');
  });
});
