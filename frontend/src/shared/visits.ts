import { http } from './api';
import { previousPage } from './pageTrail';

/**
 * Visits for the booth analytics (docs/insights.md): when a booth page opens, the web app tells the server the
 * booth and where the visitor came from as a category (the previous page of this app), never an address. A random
 * id in sessionStorage (no cookie) lets the server count an anonymous visitor once a day; it never leaves the tab
 * otherwise, and the server keeps only a hash of it with a salt of the day.
 */
export type VisitSource = 'hall' | 'talk' | 'programme' | 'direct';

const SESSION_KEY = 'kommunalmesse.visitSession';

// An edition's prefix (/2025/halle) is allowed in front of each page
const SOURCES: [RegExp, VisitSource][] = [
  [/^(?:\/[^/]+)?\/(?:halle|merkliste|vergleich)(?:$|[/?#])/, 'hall'],
  [/^(?:\/[^/]+)?\/(?:vortrag|buehne|archiv)(?:$|[/?#])/, 'talk'],
  [/^(?:\/[^/]+)?\/(?:programm|agenda)(?:$|[/?#])/, 'programme'],
];

/** Where a visit came from: the category of the page before (none: a link from outside, a bookmark). */
export function sourceOf(previousPath: string | null): VisitSource {
  if (!previousPath) return 'direct';
  return SOURCES.find(([pattern]) => pattern.test(previousPath))?.[1] ?? 'direct';
}

function sessionId(): string | undefined {
  try {
    let id = window.sessionStorage.getItem(SESSION_KEY);
    if (!id) {
      id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
      window.sessionStorage.setItem(SESSION_KEY, id);
    }
    return id;
  } catch {
    return undefined;
  }
}

/** Reports a visit of a booth (or, with null, of the platform); failures do not matter to the visitor. */
export function reportVisit(booth: string | null): void {
  const body = { booth: booth ?? undefined, source: booth ? sourceOf(previousPage()) : 'direct', session: sessionId() };
  void http.send('POST', '/api/insights/visits', { body }).catch(() => undefined);
}
