/** RFC 9457 problem details as the backend sends them. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
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
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
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

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const { baseUrl = '', getAccessToken = () => undefined, getLanguage = () => 'de' } = options;

  async function get<T>(path: string, { query, signal }: RequestOptions = {}): Promise<T> {
    const fetchFn = options.fetchFn ?? globalThis.fetch.bind(globalThis);
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': getLanguage(),
    };
    const token = getAccessToken();
    if (token) headers.Authorization = `Bearer ${token}`;

    let response: Response;
    try {
      response = await fetchFn(buildUrl(baseUrl, path, query), { method: 'GET', headers, signal });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(
        { status: NETWORK_ERROR_STATUS, type: 'about:blank', title: 'Network error', detail: String(cause) },
        { cause },
      );
    }
    if (!response.ok) throw new ApiError(await readProblem(response));
    return (await response.json()) as T;
  }

  return { get };
}
