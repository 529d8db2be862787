import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '../routes';

type Handler = (url: URL) => { status?: number; body: unknown; contentType?: string } | undefined;

/**
 * Replaces fetch with a handler keyed by path; unknown paths answer 404 problem+json, like the backend.
 * Returns the mock so tests can check what was requested.
 */
export function mockFetch(handler: Handler) {
  const mock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = handler(url) ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Not Found', status: 404 },
      contentType: 'application/problem+json',
    };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': answer.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** Renders the real route table at a URL, without AuthProvider (pages do not need it). */
export function renderRoute(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router };
}

/** All requests the mock saw, as "path?query" strings. */
export function requestedPaths(mock: ReturnType<typeof mockFetch>): string[] {
  return mock.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost');
    return `${url.pathname}${url.search}`;
  });
}
