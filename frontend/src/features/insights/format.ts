import type { Count } from './api';

/** A count as it is shown: null (between 1 and threshold - 1) as "< 5". */
export function shownCount(count: Count, threshold: number): string {
  return count === null ? `< ${threshold}` : String(count);
}

/** The height a bar gets for a count: a suppressed count is drawn as half the threshold, never as its value. */
export function barValue(count: Count, threshold: number): number {
  return count === null ? threshold / 2 : count;
}

/**
 * A category's name as it fits under its bar: cut with "…" when longer than the room (the bars and the table
 * carry the whole name; the axis text is only a visual aid).
 */
export function axisLabel(label: string, maxChars: number): string {
  if (label.length <= maxChars) return label;
  if (maxChars <= 1) return '…';
  return `${label.slice(0, maxChars - 1).trimEnd()}…`;
}
