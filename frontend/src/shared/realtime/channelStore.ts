import type { Transport } from './connection';
import type { OutboxItem } from './outbox';
import { RETRYABLE_SUBSCRIBE_CODES } from './protocol';
import { ResumePoint } from './resumePoint';
import type {
  BackfillFrame,
  ChannelPermissions,
  ChannelSettings,
  ChatMessage,
  ConversationInfo,
  ErrorFrame,
  MessageFrame,
  SubscribedFrame,
  UnsubscribedFrame,
} from './protocol';

export type ChannelStatus = 'joining' | 'joined' | 'error' | 'left';

export interface ChannelSnapshot {
  channel: string;
  status: ChannelStatus;
  /** In seq order; each message in its latest revision. */
  messages: ChatMessage[];
  /** Outbox entries of this channel not yet seen as stored. */
  pending: OutboxItem[];
  head: number;
  hasMore: boolean;
  permissions: ChannelPermissions;
  settings: ChannelSettings;
  lastReadSeq: number | null;
  unread: number;
  conversation: ConversationInfo | null;
  /** Why joining failed or the channel was taken away (code and text of the server). */
  error: { code: string; message: string } | null;
}

interface ChannelEntry {
  refs: number;
  snapshot: ChannelSnapshot;
  /** The highest sequence number seen without a gap: the `since` of the next subscribe. */
  resume: ResumePoint;
  listeners: Set<() => void>;
  messages: Map<number, ChatMessage>;
}

/** What the store needs from the rest of the client. */
export interface ChannelStoreContext {
  transport: Transport;
  nextRef: (prefix: string) => string;
  /** The outbox entries shown with a channel. */
  pendingOf: (channel: string) => OutboxItem[];
  /** Messages of mine that arrived stored, by clientMsgId. */
  stored: (channel: string, clientMsgIds: string[]) => void;
  /** Whose messages are "mine" (not unread, their outbox entries done). */
  username: () => string | undefined;
}

const NO_PERMISSIONS: ChannelPermissions = { write: false, moderate: false };
const NO_SETTINGS: ChannelSettings = { anonymousRead: false, slowModeSeconds: 0 };

/**
 * The channels the tab follows, each as an immutable snapshot for the UI: messages merged by seq and
 * revision, the resume point, read pointer and unread count, permissions and settings. Followers
 * share a channel; the last one to leave unsubscribes.
 */
export class ChannelStore {
  private readonly channels = new Map<string, ChannelEntry>();
  /** ref of a subscribe → its channel. */
  private readonly subscribeRefs = new Map<string, string>();
  /** Subscribes refused for now (the server's database was away), to be tried again: channel → timer. */
  private readonly retries = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly context: ChannelStoreContext) {}

  /**
   * Follows a channel: the first caller subscribes, later ones share it; the returned function
   * releases it (the last release unsubscribes).
   */
  join(channel: string, listener: () => void): () => void {
    let entry = this.channels.get(channel);
    if (!entry) {
      entry = {
        refs: 0,
        resume: new ResumePoint(),
        listeners: new Set(),
        messages: new Map(),
        snapshot: {
          channel,
          status: 'joining',
          messages: [],
          pending: this.context.pendingOf(channel),
          head: 0,
          hasMore: false,
          permissions: NO_PERMISSIONS,
          settings: NO_SETTINGS,
          lastReadSeq: null,
          unread: 0,
          conversation: null,
          error: null,
        },
      };
      this.channels.set(channel, entry);
      if (this.context.transport.isOnline()) this.subscribe(channel, entry);
    }
    entry.refs += 1;
    entry.listeners.add(listener);
    const current = entry;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      current.listeners.delete(listener);
      current.refs -= 1;
      if (current.refs === 0) {
        this.channels.delete(channel);
        if (this.context.transport.isOnline()) this.context.transport.write({ type: 'unsubscribe', channel });
      }
    };
  }

  snapshot(channel: string): ChannelSnapshot | undefined {
    return this.channels.get(channel)?.snapshot;
  }

  isJoined(channel: string): boolean {
    return this.channels.get(channel)?.snapshot.status === 'joined';
  }

  /** After every welcome: subscribe again from the resume point (refusals may have changed with the identity). */
  resubscribeAll(): void {
    for (const [channel, entry] of this.channels) this.subscribe(channel, entry);
  }

  /** The connection dropped: joined channels wait for the next welcome. */
  connectionDropped(): void {
    for (const entry of this.channels.values()) {
      if (entry.snapshot.status === 'joined') this.update(entry, { status: 'joining' });
    }
  }

  /** Subscriptions in flight are not answered any more; the next welcome subscribes everything again. */
  forgetRefs(): void {
    this.subscribeRefs.clear();
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
  }

  /** Shows the channel again, e.g. after its outbox entries changed. */
  notify(channel: string): void {
    const entry = this.channels.get(channel);
    if (entry) this.update(entry, {});
  }

  subscribed(frame: SubscribedFrame): void {
    const entry = this.channels.get(frame.channel);
    if (!entry) return;
    this.update(entry, {
      status: 'joined',
      head: frame.head,
      permissions: frame.permissions,
      settings: frame.settings,
      lastReadSeq: frame.lastReadSeq ?? null,
      unread: frame.unread ?? 0,
      conversation: frame.conversation ?? null,
      error: null,
    });
  }

  backfill(frame: BackfillFrame): void {
    const entry = this.channels.get(frame.channel);
    if (!entry) return;
    if (frame.reset) entry.messages.clear();
    this.merge(entry, frame.messages);
    entry.resume.completeUpTo(frame.head);
    this.update(entry, { head: Math.max(entry.snapshot.head, frame.head), ...(frame.reset ? { hasMore: frame.hasMore } : {}) });
  }

  message(frame: MessageFrame): void {
    const entry = this.channels.get(frame.channel);
    if (!entry) return;
    const known = entry.messages.has(frame.message.seq);
    const mine = this.context.username() === frame.message.author.username;
    this.merge(entry, [frame.message]);
    const unread =
      !known && !mine && !frame.message.deleted && frame.message.seq > (entry.snapshot.lastReadSeq ?? 0)
        ? entry.snapshot.unread + 1
        : entry.snapshot.unread;
    this.update(entry, { unread, head: Math.max(entry.snapshot.head, frame.message.rev) });
  }

  unsubscribed(frame: UnsubscribedFrame): void {
    const entry = this.channels.get(frame.channel);
    if (entry && frame.reason !== 'requested') {
      this.update(entry, { status: 'error', error: { code: frame.reason, message: frame.reason } });
    }
  }

  changed(channel: string, changes: Pick<Partial<ChannelSnapshot>, 'settings' | 'conversation'>): void {
    const entry = this.channels.get(channel);
    if (entry) this.update(entry, changes);
  }

  /** An error frame that answers a subscribe; false when it answers something else. */
  refused(frame: ErrorFrame): boolean {
    const channel = frame.ref ? this.subscribeRefs.get(frame.ref) : undefined;
    if (!frame.ref || !channel) return false;
    this.subscribeRefs.delete(frame.ref);
    const entry = this.channels.get(channel);
    if (!entry) return true;
    const error = { code: frame.code, message: frame.message };
    if (RETRYABLE_SUBSCRIBE_CODES.has(frame.code)) {
      // Still joining: the panel keeps its messages and its outbox, and the subscribe goes out again
      this.update(entry, { status: 'joining', error });
      this.subscribeLater(channel, frame.retryAfterMs ?? 1000);
    } else {
      this.update(entry, { status: 'error', error });
    }
    return true;
  }

  private subscribeLater(channel: string, ms: number): void {
    if (this.retries.has(channel)) return;
    this.retries.set(
      channel,
      setTimeout(() => {
        this.retries.delete(channel);
        const entry = this.channels.get(channel);
        if (entry && entry.snapshot.status === 'joining' && this.context.transport.isOnline()) this.subscribe(channel, entry);
      }, ms),
    );
  }

  /** An older page of messages (history). */
  addPage(channel: string, messages: ChatMessage[], hasMore: boolean): void {
    const entry = this.channels.get(channel);
    if (!entry) return;
    this.merge(entry, messages);
    this.update(entry, { hasMore });
  }

  read(channel: string, lastReadSeq: number, unread: number): void {
    const entry = this.channels.get(channel);
    if (entry) this.update(entry, { lastReadSeq, unread });
  }

  private subscribe(channel: string, entry: ChannelEntry): void {
    this.update(entry, { status: 'joining' });
    const ref = this.context.nextRef('s');
    this.subscribeRefs.set(ref, channel);
    this.context.transport.write({ type: 'subscribe', ref, channel, ...(entry.resume.value !== null ? { since: entry.resume.value } : {}) });
  }

  private merge(entry: ChannelEntry, messages: ChatMessage[]): void {
    const me = this.context.username();
    const stored: string[] = [];
    for (const message of messages) {
      const known = entry.messages.get(message.seq);
      if (!known || message.rev >= known.rev) entry.messages.set(message.seq, message);
      entry.resume.saw(message.seq, message.rev);
      if (message.clientMsgId && me === message.author.username) stored.push(message.clientMsgId);
    }
    this.context.stored(entry.snapshot.channel, stored);
    const sorted = [...entry.messages.values()].sort((a, b) => a.seq - b.seq);
    entry.snapshot = { ...entry.snapshot, messages: sorted, pending: this.context.pendingOf(entry.snapshot.channel) };
  }

  private update(entry: ChannelEntry, changes: Partial<ChannelSnapshot>): void {
    entry.snapshot = { ...entry.snapshot, ...changes, pending: this.context.pendingOf(entry.snapshot.channel) };
    for (const listener of [...entry.listeners]) listener();
  }
}
