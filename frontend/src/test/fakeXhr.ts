/**
 * Just enough of XMLHttpRequest to drive an upload from a test: install it with
 * `vi.stubGlobal('XMLHttpRequest', FakeXhr)` (each request lands in `FakeXhr.sent`) or hand one to
 * `uploadWithProgress` as `createXhr`.
 */
export class FakeXhr {
  /** Every request made since the last {@link FakeXhr.reset}, oldest first. */
  static sent: FakeXhr[] = [];

  static get last(): FakeXhr | undefined {
    return FakeXhr.sent[FakeXhr.sent.length - 1];
  }

  static reset() {
    FakeXhr.sent = [];
  }

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = { 'Content-Type': 'application/json' };
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;

  /** The multipart body, when the request sent one. */
  get form(): FormData | undefined {
    return this.body instanceof FormData ? this.body : undefined;
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, body: unknown, contentType = 'application/json') {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.responseHeaders['Content-Type'] = contentType;
    this.onload?.();
  }
}
