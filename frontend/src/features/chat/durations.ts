import type { TFunction } from 'i18next';

/** What a moderator may choose for a mute; a mute always ends. */
export const MUTE_MINUTES = [5, 15, 60, 1440] as const;
/** What a moderator may choose for a ban; null lasts until someone lifts it. */
export const BAN_MINUTES = [null, 60, 1440, 10080] as const;

/** "5 Minuten", "1 Stunde", "7 Tage", "bis zur Aufhebung". */
export function durationLabel(minutes: number | null, t: TFunction): string {
  if (minutes === null) return t('chat.duration.untilLifted');
  if (minutes % 1440 === 0) return t('chat.duration.days', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('chat.duration.hours', { count: minutes / 60 });
  return t('chat.duration.minutes', { count: minutes });
}
