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

  it('sends a JSON body with the method and resolves an empty answer (204) to undefined', async () => {
    const fetchFn = vi.fn(async () => new Response(null, { status: 204 }));
    const client = createApiClient({ fetchFn, getAccessToken: () => 't' });

    const result = await client.send('PUT', '/api/booths/x/draft', { body: { version: 2, content: { name: 'A' } } });

    const [, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(result).toBeUndefined();
    expect(init.method).toBe('PUT');
    expect(init.body).toBe('{"version":2,"content":{"name":"A"}}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t');
  });

  it('returns the JSON of a 201 and turns a 409 into an ApiError', async () => {
    const created = createApiClient({ fetchFn: async () => jsonResponse({ id: 4 }, 201) });
    expect(await created.send('POST', '/api/booths/x/contact-requests', { body: { message: 'Hallo', consent: true } })).toEqual({ id: 4 });

    const conflict = createApiClient({
      fetchFn: async () => jsonResponse({ status: 409, title: 'Konflikt', detail: 'veraltet' }, 409, 'application/problem+json'),
    });
    const error = (await conflict.send('PUT', '/api/booths/x/draft', { body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(409);
    expect(error.message).toBe('veraltet');
  });

  it('fetches files as a Blob with the bearer token', async () => {
    const fetchFn = vi.fn(async () => new Response('slug;name\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }));
    const client = createApiClient({ fetchFn, getAccessToken: () => 't' });
    const blob = await client.blob('/api/admin/exports/booths.csv');
    expect(await blob.text()).toBe('slug;name\n');
    const init = (fetchFn.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer t');
  });

  it('builds query strings without empty parameters', () => {
    expect(buildUrl('', '/api/booths', { page: 0, size: 24, topic: undefined, day: null, q: '' })).toBe(
      '/api/booths?page=0&size=24',
    );
    expect(buildUrl('', '/api/booths', { q: 'Bürger & Service' })).toBe('/api/booths?q=B%C3%BCrger+%26+Service');
  });
});

describe('API client in an edition', () => {
  const editionFor = (path: string) => (path.startsWith('/api/booths') ? '2025' : undefined);

  async function urlOf(call: (client: ReturnType<typeof createApiClient>) => Promise<unknown>) {
    const fetchFn = vi.fn(async () => jsonResponse({}));
    await call(createApiClient({ fetchFn, editionFor }));
    return (fetchFn.mock.calls[0] as unknown as [string])[0];
  }

  it('adds the edition of the page to the paths that take one', async () => {
    expect(await urlOf((c) => c.get('/api/booths', { query: { page: 0 } }))).toBe('/api/booths?page=0&edition=2025');
    expect(await urlOf((c) => c.send('POST', '/api/booths/x/submit', { body: { version: 1 } }))).toBe('/api/booths/x/submit?edition=2025');
    expect(await urlOf((c) => c.get('/api/my/booths'))).toBe('/api/my/booths');
  });

  it('leaves an edition chosen by the call, and a search across all editions, as they are', async () => {
    expect(await urlOf((c) => c.send('POST', '/api/booths/x/carry-over', { query: { edition: '2024' }, body: {} }))).toBe(
      '/api/booths/x/carry-over?edition=2024',
    );
    expect(await urlOf((c) => c.get('/api/booths', { query: { allEditions: true } }))).toBe('/api/booths?allEditions=true');
  });
});
