import { hashKey, type QueryKey } from '@tanstack/react-query';

/**
 * Editions in addresses, API calls and the query cache (docs/editions.md).
 *
 * A page of one edition lives under the edition's slug (`/2025/halle`); the plain address (`/halle`) is the
 * current edition. Which pages belong to an edition, and which API paths take `?edition=`, is decided here
 * once, for links, the API client and the cache alike.
 */

/** Pages that show one edition: the start page, hall, booths, programme, stages, archive, booth management. */
const SCOPED_PAGE =
  /^\/(?:$|[?#]|halle(?:$|[/?#])|stand\/|programm(?:$|[/?#])|vortrag\/|buehne\/|archiv\/|moderation(?:$|[/?#])|mein-stand\/|verwaltung\/(?:pruefung|stand|programm)(?:$|[/?#]))/;

/** API paths answered for one edition; ids (talks, event days, materials, conversations) are global. */
const SCOPED_API =
  /^\/api\/(?:fair$|event-days$|booths(?:$|\/)|me\/bookmarks\/|exhibitors\/[^/]+\/booths$|stages(?:$|\/)|programme\/now$|talks$|admin\/programme\/import$|chat\/booths\/|insights\/)/;

/** Whether a page address is one of an edition (and gets the edition's prefix inside a prefixed page). */
export function isEditionPage(path: string): boolean {
  return SCOPED_PAGE.test(path);
}

/** Whether an API path takes the edition parameter. */
export function isEditionApi(path: string): boolean {
  return SCOPED_API.test(path);
}

/** The address of a page in an edition: `/halle` → `/2025/halle`; other pages and no edition leave it as it is. */
export function withEdition(path: string, edition: string | undefined): string {
  if (!edition || !isEditionPage(path)) return path;
  const prefix = `/${encodeURIComponent(edition)}`;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** The page address without the edition's prefix: `/2025/halle` → `/halle`. */
export function withoutEdition(pathname: string, edition: string | undefined): string {
  if (!edition) return pathname;
  const prefix = `/${encodeURIComponent(edition)}`;
  if (pathname === prefix) return '/';
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** Lists that exist in every edition: switching editions keeps the visitor on them, other pages lead to the start page. */
const EVERY_EDITION = /^\/(?:halle|programm|moderation)?$/;

/** Where the switcher leads for a page: the same list in the other edition, or its start page. */
export function switchTarget(pathname: string, from: string | undefined, to: string | undefined): string {
  const page = withoutEdition(pathname, from);
  return withEdition(EVERY_EDITION.test(page) ? page : '/', to);
}

// The edition of the page on screen, for the API client and the query cache: both are plain modules outside React.
let active: string | undefined;

/** Set by the app shell from the address, before the page renders. */
export function setActiveEdition(edition: string | undefined): void {
  active = edition;
}

/** The edition of the page on screen, or undefined on a plain address (the current edition). */
export function activeEdition(): string | undefined {
  return active;
}

/** Query keys whose data is the same in every edition: they keep their cache across a switch. */
const GLOBAL_KEYS = new Set([
  'config',
  'me',
  'editions',
  'admin-editions',
  'edition-exhibitors',
  'my-booths',
  'my-exhibitors',
  'topic-fields',
  'accessibility',
  'bookmarks',
  'reviews',
  'hall-settings',
]);

function isGlobalKey(key: QueryKey): boolean {
  const [root, second] = key;
  // The chat is global (conversations, unread counts, moderation) except a booth's console
  if (root === 'chat') return second !== 'console';
  return typeof root === 'string' && GLOBAL_KEYS.has(root);
}

/**
 * The query cache's hash: the key plus the edition of the page, so that `/2025/halle` and `/halle` keep
 * apart what they load under the same key. Invalidation still matches by key, in every edition.
 */
export function editionQueryKeyHash(key: QueryKey): string {
  return hashKey(active && !isGlobalKey(key) ? [...key, { edition: active }] : key);
}

/**
 * Chat channel of a booth or stage: since protocol version 2 it names the edition (`booth:2025/kreis-soest-umzug`,
 * docs/protocol.md); without a known edition the version-1 name, which the server reads as the current edition.
 */
export function boothChannel(slug: string, edition: string | undefined): string {
  return `booth:${qualifiedBooth(slug, edition)}`;
}

/** A booth as the chat names it in presence, duty and conversations: `<edition>/<slug>`. */
export function qualifiedBooth(slug: string, edition: string | undefined): string {
  return edition ? `${edition}/${slug}` : slug;
}

/** The edition and slug of a booth as the chat names it; a slug alone is the current edition's. */
export function splitBooth(booth: string): { edition: string | undefined; slug: string } {
  const at = booth.indexOf('/');
  return at < 0 ? { edition: undefined, slug: booth } : { edition: booth.slice(0, at), slug: booth.slice(at + 1) };
}

export function stageChannel(key: string, edition: string | undefined): string {
  return edition ? `stage:${edition}/${key}` : `stage:${key}`;
}
