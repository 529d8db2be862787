/**
 * The page before the one on screen, noted by the app shell on every navigation (kept tiny: it is part of the start
 * page). The booth page's visit report (shared/visits) turns it into a source category.
 */
let current: string | null = null;
let previous: string | null = null;

export function notePage(pathname: string): void {
  if (pathname === current) return;
  previous = current;
  current = pathname;
}

export function previousPage(): string | null {
  return previous;
}
