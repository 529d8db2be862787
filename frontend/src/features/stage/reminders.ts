import type { TalkSummary } from '../../shared/api';

/**
 * Talks that started in (since, now]: the reminder shows each one once, at its start, while the app
 * is open. Talks that started before the app was opened are not announced afterwards.
 */
export function startedBetween(talks: TalkSummary[], since: Date, now: Date): TalkSummary[] {
  return talks.filter((talk) => {
    const start = Date.parse(talk.start);
    return start > since.getTime() && start <= now.getTime();
  });
}

/** Milliseconds until the next bookmarked talk starts, or undefined when none is ahead. */
export function msUntilNextStart(talks: TalkSummary[], now: Date): number | undefined {
  const ahead = talks.map((t) => Date.parse(t.start) - now.getTime()).filter((ms) => ms > 0);
  return ahead.length ? Math.min(...ahead) : undefined;
}

/**
 * When to look again: at the next start, but at least every minute (the agenda may have changed in
 * another tab, and timers in background tabs are throttled) and never sooner than a second.
 */
export function nextCheckDelay(talks: TalkSummary[], now: Date, maxMs = 60_000): number {
  const next = msUntilNextStart(talks, now);
  return Math.max(1000, Math.min(maxMs, next ?? maxMs));
}
