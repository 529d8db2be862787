import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AuthContext, type AuthState } from '../shared/auth/AuthContext';
import { routes } from '../app/routes';
import { editionQueryKeyHash } from '../shared/edition/paths';

/** Every lazy route, loaded and run once. */
function preload(list: RouteObject[]): Promise<unknown> {
  return Promise.all(list.map((route) => Promise.all([typeof route.lazy === 'function' ? route.lazy() : null, preload(route.children ?? [])])));
}

// The pages are lazy routes and the chats lazy components. A test should wait for its page's data, not for
// the first transform of a page module on a loaded machine: load them all up front, as the route table
// once did with its static imports.
await Promise.all([
  preload(routes),
  import('../features/chat/components/BoothChat'),
  import('../features/chat/components/ChatPanel'),
  import('../features/chat/components/UnreadBadge'),
  import('../app/layout/EditionSwitch'),
  import('../features/stage/components/AgendaReminder'),
]);

export type Answer = { status?: number; body: unknown; contentType?: string };
export type Handler = (url: URL, init?: RequestInit) => Answer | undefined;

/**
 * Replaces fetch with a handler keyed by path; unknown paths answer 404 problem+json, like the backend.
 * Returns the mock so tests can check what was requested.
 */
export function mockFetch(handler: Handler) {
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = handler(url, init) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404 },
      contentType: 'application/problem+json',
    };
    const status = answer.status ?? 200;
    const empty = status === 204 || answer.body === undefined;
    return new Response(empty ? null : JSON.stringify(answer.body), {
      status,
      headers: empty ? {} : { 'Content-Type': answer.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/**
 * {@link mockFetch} with the plain reads in a table of paths and answer bodies (`{ '/api/me': ME.admin }`), whatever
 * the method; `handler` is asked first, for writes and answers that change.
 */
export function mockApi(reads: Record<string, unknown>, handler: Handler = () => undefined) {
  return mockFetch((url, init) => handler(url, init) ?? (url.pathname in reads ? { body: reads[url.pathname] } : undefined));
}

/** A logged-in user as oidc-client-ts keeps it. */
export function testUser(username = 'besucher'): User {
  return new User({
    access_token: `token-${username}`,
    token_type: 'Bearer',
    profile: { sub: username, iss: 'x', aud: 'spa', exp: 0, iat: 0, preferred_username: username },
    expires_at: Math.floor(Date.now() / 1000) + 300,
  });
}

/** /api/me answers for the demo users. */
export const ME = {
  visitor: { username: 'besucher', name: 'Bea Sucher', email: 'besucher@example.org', organisation: 'Stadt Musterhausen', roles: ['visitor'] },
  exhibitor: { username: 'aussteller-soest', name: 'Sven Sörensen', email: 's@example.org', organisation: 'Kreis Soest', roles: ['visitor', 'exhibitor'] },
  admin: { username: 'kdn-admin', name: 'Karla Dietz', email: 'k@example.org', organisation: 'KDN', roles: ['visitor', 'exhibitor', 'admin'] },
};

export interface RenderOptions {
  /** Without it the pages render as without AuthProvider (status "loading"). */
  auth?: Partial<AuthState>;
}

export function authenticated(username = 'besucher'): Partial<AuthState> {
  return { status: 'authenticated', user: testUser(username) };
}

/** Renders the real route table at a URL. */
export function renderRoute(path: string, { auth }: RenderOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, queryKeyHashFn: editionQueryKeyHash } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const authValue: AuthState | undefined = auth && {
    status: 'anonymous',
    user: null,
    userManager: null,
    login: vi.fn(async () => {}),
    register: vi.fn(async () => {}),
    logout: vi.fn(async () => {}),
    ...auth,
  };
  const tree = (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
  const result = render(authValue ? <AuthContext.Provider value={authValue}>{tree}</AuthContext.Provider> : tree);
  return { ...result, router, queryClient, auth: authValue };
}

/** All requests the mock saw, as "path?query" strings. */
export function requestedPaths(mock: ReturnType<typeof mockFetch>): string[] {
  return mock.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost');
    return `${url.pathname}${url.search}`;
  });
}

/** The visit a booth page reports for its statistics (shared/visits); checked in its own tests, left out of {@link writes}. */
const VISIT = 'POST /api/insights/visits';

/** The requests with a method other than GET, as "METHOD path" plus their JSON body; without the visit reports. */
export function writes(mock: ReturnType<typeof mockFetch>): { request: string; body: unknown }[] {
  return allWrites(mock).filter((write) => write.request !== VISIT);
}

/** Every request with a method other than GET, the visit reports included. */
export function allWrites(mock: ReturnType<typeof mockFetch>): { request: string; body: unknown }[] {
  return mock.mock.calls
    .filter(([, init]) => init?.method && init.method !== 'GET')
    .map(([input, init]) => ({
      request: `${init!.method} ${new URL(String(input), 'http://localhost').pathname}`,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    }));
}
