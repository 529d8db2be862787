/** All times of the fair are shown in the fair's own time zone, wherever the visitor sits. */
export const TIME_ZONE = 'Europe/Berlin';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function localeFor(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'de-DE';
}

/**
 * A calendar date ("2026-11-23") is read as noon UTC, so the day cannot shift in any time zone;
 * a timestamp with offset is taken as it is.
 */
function toDate(iso: string): Date {
  return new Date(DATE_ONLY.test(iso) ? `${iso}T12:00:00Z` : iso);
}

/** A date or time in Berlin time, in the language's locale. */
function inBerlin(iso: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(localeFor(language), { timeZone: TIME_ZONE, ...options }).format(toDate(iso));
}

/** "Montag, 23. November 2026" / "Monday, 23 November 2026". */
export function formatLongDate(iso: string, language: string): string {
  return inBerlin(iso, language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** "Mo., 23.11." / "Mon 23 Nov". */
export function formatShortDate(iso: string, language: string): string {
  return inBerlin(iso, language, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "10:00" in Berlin time. */
export function formatTime(iso: string, language: string): string {
  return inBerlin(iso, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** The calendar day ("2026-11-23") of a timestamp in Berlin time. */
export function berlinDay(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(toDate(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "23. November 2026" / "23 November 2026". */
export function formatDate(iso: string, language: string): string {
  return inBerlin(iso, language, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "23.11.2026, 10:15" / "23/11/2026, 10:15" in Berlin time. */
export function formatDateTime(iso: string, language: string): string {
  return inBerlin(iso, language, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** File sizes with decimal units as people read them: "45 Byte", "1,2 KB", "3,4 MB". */
export function formatBytes(bytes: number, language: string): string {
  const locale = localeFor(language);
  if (bytes < 1000) return `${new Intl.NumberFormat(locale).format(bytes)} ${language.startsWith('en') ? 'bytes' : 'Byte'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}
