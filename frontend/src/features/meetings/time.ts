import { berlinDay, formatDate, formatTime, localeFor } from '../../i18n/format';

/** The zone the browser runs in, e.g. "Europe/Lisbon". */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether a zone shows other clock times than Berlin at that moment. */
export function differsFromBerlin(iso: string, zone: string): boolean {
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return clock(zone) !== clock('Europe/Berlin');
}

/** "10:00–10:30" in Berlin time. */
export function berlinRange(startsAt: string, endsAt: string, language: string): string {
  return `${formatTime(startsAt, language)}–${formatTime(endsAt, language)}`;
}

/** "18. November 2026, 10:00–10:30" in Berlin time. */
export function berlinWhen(startsAt: string, endsAt: string, language: string): string {
  return `${formatDate(startsAt, language)}, ${berlinRange(startsAt, endsAt, language)}`;
}

/** The same time in the visitor's zone ("09:00–09:30 Europe/Lisbon"), or undefined where it is Berlin's. */
export function localRange(startsAt: string, endsAt: string, language: string, zone = browserZone()): string | undefined {
  if (!differsFromBerlin(startsAt, zone)) return undefined;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(localeFor(language), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(iso),
    );
  return `${time(startsAt)}–${time(endsAt)} ${zone}`;
}

/** Groups items by their Berlin calendar day, days in order. */
export function byBerlinDay<T>(items: T[], startOf: (item: T) => string): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = berlinDay(startOf(item));
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
}
