/** RFC 9457 problem details as the backend sends them. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string; line?: number | null }[];
}

/** Status used for failures where no HTTP answer arrived at all. */
export const NETWORK_ERROR_STATUS = 0;

/** Every failed API call ends in an ApiError: a non-2xx answer or no answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(problem: ProblemDetail, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`, options);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiClientOptions {
  /** Prefix for all paths; empty means same origin. */
  baseUrl?: string;
  /** Current access token, or undefined when nobody is logged in. */
  getAccessToken?: () => string | undefined;
  /** Current UI language, sent as Accept-Language. */
  getLanguage?: () => string;
  fetchFn?: typeof fetch;
  /**
   * The edition a call to this path is about, sent as `?edition=` (docs/editions.md); undefined for the
   * current edition and for paths of no edition. A query that names `edition` or `allEditions` itself wins.
   */
  editionFor?: (path: string) => string | undefined;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions extends RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Any method with an optional JSON body; an answer without a JSON body resolves to undefined. */
  send<T>(method: Method, path: string, options?: SendOptions): Promise<T>;
  /** GET of a file (CSV export, a material) with the same headers, as a Blob. */
  blob(path: string, options?: RequestOptions): Promise<Blob>;
}

/** Builds "path?a=1&b=x", leaving out empty values so URLs stay short and cacheable. */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<ProblemDetail> {
  const fallback: ProblemDetail = { status: response.status, title: response.statusText || undefined };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return fallback;
  try {
    const body = (await response.json()) as Partial<ProblemDetail>;
    return { ...fallback, ...body, status: typeof body.status === 'number' ? body.status : response.status };
  } catch {
    return fallback;
  }
}

/** The query with the edition added, unless the caller chose one (or all) itself. */
export function withEditionQuery(
  query: Record<string, QueryValue> | undefined,
  edition: string | undefined,
): Record<string, QueryValue> | undefined {
  if (!edition || (query && ('edition' in query || query.allEditions))) return query;
  return { ...query, edition };
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const { baseUrl = '', getAccessToken = () => undefined, getLanguage = () => 'de', editionFor = () => undefined } = options;

  async function call(
    method: Method,
    path: string,
    { query, signal, body }: SendOptions,
    accept = 'application/json, application/problem+json',
  ): Promise<Response> {
    const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = { Accept: accept, 'Accept-Language': getLanguage() };
    const token = getAccessToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers, signal };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }

    let response: Response;
    try {
      response = await fetchFn(buildUrl(baseUrl, path, withEditionQuery(query, editionFor(path))), init);
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(
        { status: NETWORK_ERROR_STATUS, type: 'about:blank', title: 'Network error', detail: String(cause) },
        { cause },
      );
    }
    if (!response.ok) throw new ApiError(await readProblem(response));
    return response;
  }

  async function send<T>(method: Method, path: string, sendOptions: SendOptions = {}): Promise<T> {
    const response = await call(method, path, sendOptions);
    // 204 No Content, or a 201 without a body.
    if (response.status === 204 || !(response.headers.get('Content-Type') ?? '').includes('json')) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function get<T>(path: string, requestOptions: RequestOptions = {}): Promise<T> {
    const response = await call('GET', path, requestOptions);
    return (await response.json()) as T;
  }

  async function blob(path: string, requestOptions: RequestOptions = {}): Promise<Blob> {
    const response = await call('GET', path, requestOptions, '*/*');
    return response.blob();
  }

  return { get, send, blob };
}
