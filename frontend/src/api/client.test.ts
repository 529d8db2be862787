import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, createApiClient } from './client';

function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('API client', () => {
  it('sends the bearer token and the UI language when logged in', async () => {
    const fetchFn = vi.fn(async () => jsonResponse({ username: 'besucher' }));
    const client = createApiClient({ fetchFn, getAccessToken: () => 'token-123', getLanguage: () => 'en' });

    await client.get('/api/me');

    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(url).toBe('/api/me');
    expect(headers.Authorization).toBe('Bearer token-123');
    expect(headers['Accept-Language']).toBe('en');
  });

  it('sends no Authorization header for anonymous visitors', async () => {
    const fetchFn = vi.fn(async () => jsonResponse({}));
    const client = createApiClient({ fetchFn });

    await client.get('/api/fair');

    const init = (fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).not.toHaveProperty('Authorization');
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('de');
  });

  it('turns a problem+json answer into an ApiError carrying the problem', async () => {
    const problem = {
      type: 'https://kommunalmesse.example.org/problems/validation',
      title: 'Ungültige Eingabe',
      status: 400,
      detail: 'Die Anfrage enthält ungültige Felder.',
      errors: [{ field: 'size', message: 'darf höchstens 100 sein' }],
    };
    const client = createApiClient({ fetchFn: async () => jsonResponse(problem, 400, 'application/problem+json') });

    const error = await client.get('/api/booths', { query: { size: 500 } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.problem).toEqual(problem);
    expect(apiError.message).toBe('Die Anfrage enthält ungültige Felder.');
    expect(apiError.isNetworkError).toBe(false);
  });

  it('marks a 404 so pages can show their not-found state', async () => {
    const client = createApiClient({
      fetchFn: async () => jsonResponse({ title: 'Not Found', status: 404 }, 404, 'application/problem+json'),
    });

    const error = (await client.get('/api/booths/gibt-es-nicht').catch((e: unknown) => e)) as ApiError;

    expect(error.isNotFound).toBe(true);
  });

  it('still gives an ApiError when the error body is not JSON (e.g. a proxy page)', async () => {
    const client = createApiClient({
      fetchFn: async () =>
        new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }),
    });

    const error = (await client.get('/api/fair').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    const client = createApiClient({
      fetchFn: async () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const error = (await client.get('/api/fair').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.isNetworkError).toBe(true);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('lets an aborted request reject as an abort, not as a network error', async () => {
    const controller = new AbortController();
    controller.abort();
    const client = createApiClient({
      fetchFn: async () => {
        throw new DOMException('aborted', 'AbortError');
      },
    });

    const error = await client.get('/api/fair', { signal: controller.signal }).catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('builds query strings without empty parameters', () => {
    expect(buildUrl('', '/api/booths', { page: 0, size: 24, topic: undefined, day: null, q: '' })).toBe(
      '/api/booths?page=0&size=24',
    );
    expect(buildUrl('', '/api/booths', { q: 'Bürger & Service' })).toBe('/api/booths?q=B%C3%BCrger+%26+Service');
  });
});
