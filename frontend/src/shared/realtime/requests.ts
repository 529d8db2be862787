import type { Transport } from './connection';
import type { ClientFrame, ErrorFrame, ServerFrame } from './protocol';

/** The server's refusal of a request (its error frame), or the connection lost while waiting. */
export class ChatRequestError extends Error {
  readonly code: string;
  readonly retryAfterMs: number | null;

  constructor(frame: Pick<ErrorFrame, 'code' | 'message' | 'retryAfterMs'>) {
    super(frame.message);
    this.name = 'ChatRequestError';
    this.code = frame.code;
    this.retryAfterMs = frame.retryAfterMs ?? null;
  }
}

interface Pending {
  resolve: (frame: ServerFrame) => void;
  reject: (error: Error) => void;
}

/**
 * Matches replies to requests by their ref. It also hands out the refs of subscriptions and sends,
 * from the same counter, so that every ref of a connection is unique.
 */
export class Requests {
  private counter = 0;
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly transport: Transport) {}

  nextRef(prefix: string): string {
    return `${prefix}${++this.counter}`;
  }

  /** Sends a frame and resolves with the reply carrying the same ref, or rejects with its error. */
  request<F extends ServerFrame = ServerFrame>(frame: ClientFrame): Promise<F> {
    const ref = this.nextRef('r');
    return new Promise<F>((resolve, reject) => {
      if (!this.transport.isOnline()) {
        reject(new ChatRequestError({ code: 'offline', message: 'offline' }));
        return;
      }
      this.pending.set(ref, { resolve: resolve as (f: ServerFrame) => void, reject });
      this.transport.write({ ...frame, ref });
    });
  }

  /** Settles the request a reply belongs to, if any. */
  settle(frame: ServerFrame): void {
    const ref = 'ref' in frame ? frame.ref : undefined;
    const pending = ref ? this.pending.get(ref) : undefined;
    if (!ref || !pending) return;
    this.pending.delete(ref);
    if (frame.type === 'error') pending.reject(new ChatRequestError(frame));
    else pending.resolve(frame);
  }

  /** Requests in flight die with their connection. */
  failAll(code: string): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    const error = new ChatRequestError({ code, message: code });
    pending.forEach((p) => p.reject(error));
  }
}
