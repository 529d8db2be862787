import type { Transport } from './connection';
import type { AckFrame, ErrorFrame } from './protocol';
import { RETRYABLE_ERROR_CODES } from './protocol';

/** A message typed but not yet acknowledged by the server. */
export interface OutboxItem {
  channel: string;
  clientMsgId: string;
  text: string;
  createdAt: string;
  /** Who typed it; only they send it. */
  user?: string;
  /** Set when the server refused it for good (e.g. too long, muted); it is not resent. */
  failed?: { code: string; message: string };
}

export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const OUTBOX_KEY = 'kommunalmesse.chat.outbox';

/**
 * Messages on their way: kept (in sessionStorage) until the server stores them, sent again with the
 * same clientMsgId after every reconnect so that the server stores each once, retried after a rate
 * limit, marked failed after a refusal for good.
 */
export class Outbox {
  private items: OutboxItem[];
  /** ref of a send in flight → its clientMsgId. */
  private readonly sendRefs = new Map<string, string>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly storage: OutboxStorage | null | undefined,
    /** The entries of a channel changed (its snapshot shows them). */
    private readonly changed: (channel: string) => void,
  ) {
    this.items = this.load();
  }

  pendingOf(channel: string): OutboxItem[] {
    return this.items.filter((o) => o.channel === channel);
  }

  add(item: OutboxItem): void {
    this.items.push(item);
    this.save();
    this.changed(item.channel);
  }

  drop(channel: string, clientMsgId: string): void {
    const before = this.items.length;
    this.items = this.items.filter((o) => !(o.channel === channel && o.clientMsgId === clientMsgId));
    if (this.items.length !== before) {
      this.save();
      this.changed(channel);
    }
  }

  /** The server shows these messages stored: they must not go out again. */
  forgetStored(channel: string, clientMsgIds: string[]): void {
    if (clientMsgIds.length) this.items = this.items.filter((o) => !(o.channel === channel && clientMsgIds.includes(o.clientMsgId)));
    this.save();
  }

  /** Messages queued by someone else in this tab (logout, another login) are not theirs to send. */
  keepOnlyOf(user: string | undefined): void {
    const mine = this.items.filter((o) => !o.user || o.user === user);
    if (mine.length !== this.items.length) {
      this.items = mine;
      this.save();
    }
  }

  /** Sends what the channel has waiting, unless already in flight or refused. */
  flush(channel: string, transport: Transport, nextRef: (prefix: string) => string): void {
    for (const item of this.items) {
      if (item.channel !== channel || item.failed) continue;
      if ([...this.sendRefs.values()].includes(item.clientMsgId)) continue;
      const ref = nextRef('m');
      this.sendRefs.set(ref, item.clientMsgId);
      transport.write({ type: 'send', ref, channel, clientMsgId: item.clientMsgId, text: item.text });
    }
  }

  acknowledged(frame: AckFrame): void {
    if (frame.ref) this.sendRefs.delete(frame.ref);
    if (frame.clientMsgId) this.drop(frame.channel, frame.clientMsgId);
  }

  /**
   * An error frame that answers a send: retried later when waiting may help, else marked failed.
   * False when the frame answers something else.
   */
  refused(frame: ErrorFrame, flushAll: (channel: string) => void): boolean {
    const clientMsgId = frame.ref ? this.sendRefs.get(frame.ref) : undefined;
    if (!frame.ref || !clientMsgId) return false;
    this.sendRefs.delete(frame.ref);
    const item = this.items.find((o) => o.clientMsgId === clientMsgId);
    if (!item) return true;
    if (RETRYABLE_ERROR_CODES.has(frame.code) || frame.code === 'not-subscribed') {
      this.retryLater(frame.retryAfterMs ?? 1000, flushAll);
    } else {
      item.failed = { code: frame.code, message: frame.message };
      this.save();
      this.changed(item.channel);
    }
    return true;
  }

  /** The connection is gone: sends in flight go out again from the outbox, no retry is pending. */
  connectionLost(): void {
    this.sendRefs.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private retryLater(ms: number, flush: (channel: string) => void): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      for (const channel of new Set(this.items.map((o) => o.channel))) flush(channel);
    }, ms);
  }

  private load(): OutboxItem[] {
    try {
      const raw = this.storage?.getItem(OUTBOX_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? parsed.filter(
            (o): o is OutboxItem =>
              !!o && typeof o.channel === 'string' && typeof o.clientMsgId === 'string' && typeof o.text === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) this.storage?.removeItem(OUTBOX_KEY);
      else this.storage?.setItem(OUTBOX_KEY, JSON.stringify(this.items));
    } catch {
      // Storage full or disabled: the outbox lasts for this page only
    }
  }
}
