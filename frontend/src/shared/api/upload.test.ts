import { describe, expect, it } from 'vitest';
import { FakeXhr } from '../../test/fakeXhr';
import { ApiError } from './client';
import { toProgress, uploadWithProgress, type UploadProgress } from './upload';

function start(overrides: { token?: string; signal?: AbortSignal } = {}) {
  const xhr = new FakeXhr();
  const progress: UploadProgress[] = [];
  const form = new FormData();
  form.append('title', 'Flyer');
  const result = uploadWithProgress<{ id: number }>({
    url: '/api/booths/kreis-soest-umzug/materials',
    form,
    language: 'de',
    onProgress: (p) => progress.push(p),
    createXhr: () => xhr as unknown as XMLHttpRequest,
    token: 'token-1',
    ...overrides,
  });
  return { xhr, progress, result, form };
}

describe('upload with progress', () => {
  it('computes whole percentages, never above 100 and 0 for an unknown total', () => {
    expect(toProgress(0, 1000).percent).toBe(0);
    expect(toProgress(333, 1000).percent).toBe(33);
    expect(toProgress(1000, 1000).percent).toBe(100);
    expect(toProgress(5, 0).percent).toBe(0);
    expect(toProgress(1200, 1000).percent).toBe(100);
  });

  it('posts the form with token and language and reports progress up to 100 %', async () => {
    const { xhr, progress, result, form } = start();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/booths/kreis-soest-umzug/materials');
    expect(xhr.headers.Authorization).toBe('Bearer token-1');
    expect(xhr.headers['Accept-Language']).toBe('de');
    expect(xhr.body).toBe(form);

    xhr.progress(250, 1000);
    xhr.progress(750, 1000);
    xhr.answer(201, { id: 7 });

    await expect(result).resolves.toEqual({ id: 7 });
    expect(progress.map((p) => p.percent)).toEqual([25, 75, 100]);
  });

  it('fails with the problem of a 413 or 415 answer', async () => {
    const { xhr, result } = start();
    xhr.answer(
      415,
      { title: 'Falscher Inhaltstyp', status: 415, detail: '„x.txt“ ist keine PDF-, Bild- oder Foliendatei.' },
      'application/problem+json',
    );
    const error = (await result.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(415);
    expect(error.message).toBe('„x.txt“ ist keine PDF-, Bild- oder Foliendatei.');
  });

  it('still gives an ApiError when a proxy answers 413 without JSON', async () => {
    const { xhr, result } = start();
    xhr.statusText = 'Payload Too Large';
    xhr.answer(413, '<html>too large</html>', 'text/html');
    const error = (await result.catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(413);
    expect(error.problem.title).toBe('Payload Too Large');
  });

  it('reports a network failure as status 0 and an abort as AbortError', async () => {
    const failed = start();
    failed.xhr.onerror?.();
    expect(((await failed.result.catch((e: unknown) => e)) as ApiError).isNetworkError).toBe(true);

    const controller = new AbortController();
    const aborted = start({ signal: controller.signal });
    controller.abort();
    const error = (await aborted.result.catch((e: unknown) => e)) as DOMException;
    expect(aborted.xhr.aborted).toBe(true);
    expect(error.name).toBe('AbortError');
  });

  it('sends no Authorization header without a token', () => {
    const { xhr } = start({ token: undefined });
    expect(xhr.headers).not.toHaveProperty('Authorization');
  });
});
