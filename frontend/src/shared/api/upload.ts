import { ApiError, NETWORK_ERROR_STATUS, type ProblemDetail } from './client';

/** Progress of an upload: bytes sent of the total, and a rounded percentage for the progress bar. */
export interface UploadProgress {
  loaded: number;
  total: number;
  percent: number;
}

export interface UploadOptions {
  url: string;
  form: FormData;
  token?: string;
  language: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** For tests: something that behaves like XMLHttpRequest. */
  createXhr?: () => XMLHttpRequest;
}

/** Percentage for a progress event; unknown totals count as 0 %, never above 100. */
export function toProgress(loaded: number, total: number): UploadProgress {
  const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
  return { loaded, total, percent };
}

function problemOf(xhr: XMLHttpRequest): ProblemDetail {
  const fallback: ProblemDetail = { status: xhr.status, title: xhr.statusText || undefined };
  if (!(xhr.getResponseHeader('Content-Type') ?? '').includes('json')) return fallback;
  try {
    const body = JSON.parse(xhr.responseText) as Partial<ProblemDetail>;
    return { ...fallback, ...body, status: typeof body.status === 'number' ? body.status : xhr.status };
  } catch {
    return fallback;
  }
}

/**
 * POSTs a multipart form with XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves with the JSON answer; fails with an ApiError like the fetch client (413, 415 … carry their problem).
 */
export function uploadWithProgress<T>({ url, form, token, language, onProgress, signal, createXhr }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = createXhr ? createXhr() : new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', language);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event: ProgressEvent) => {
      if (event.lengthComputable) onProgress?.(toProgress(event.loaded, event.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(toProgress(1, 1));
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch (cause) {
          reject(cause);
        }
      } else {
        reject(new ApiError(problemOf(xhr)));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: NETWORK_ERROR_STATUS, type: 'about:blank', title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
