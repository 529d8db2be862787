import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket, message } from '../../test/fakeSocket';
import { ChatClient } from './chatClient';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const CHANNEL = 'booth:kreis-soest-umzug';

describe('ChatClient', () => {
  let sockets: FakeSocket[];
  let token: string | undefined;
  let storage: MemoryStorage;
  let ids: number;

  function client(): ChatClient {
    return new ChatClient({
      url: 'ws://localhost/ws/chat',
      getToken: () => token,
      getLanguage: () => 'de',
      createSocket: (url, protocols) => {
        const socket = new FakeSocket(url, protocols);
        sockets.push(socket);
        return socket;
      },
      storage,
      newId: () => `msg-${++ids}`,
      random: () => 1,
    });
  }

  const socket = () => sockets[sockets.length - 1];

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    token = 'token-1';
    storage = new MemoryStorage();
    ids = 0;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('passes the token as subprotocol and is online after welcome', () => {
    const chat = client();
    const states: string[] = [];
    chat.onStateChange((s) => states.push(s));
    chat.start();
    expect(socket().url).toBe('ws://localhost/ws/chat?v=1&lang=de');
    expect(socket().protocols).toEqual(['quarkus', 'quarkus-http-upgrade#Authorization#Bearer%20token-1']);
    socket().welcome();
    expect(states).toEqual(['connecting', 'online']);
    expect(chat.user?.username).toBe('besucher');
  });

  it('connects anonymously without a token', () => {
    token = undefined;
    const chat = client();
    chat.start();
    expect(socket().protocols).toEqual(['quarkus']);
    socket().welcome(null);
    expect(chat.user).toBeNull();
  });

  it('reconnects with backoff and resumes each channel from the last revision it saw', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    expect(socket().lastOf('subscribe')).toMatchObject({ channel: CHANNEL });
    expect(socket().lastOf('subscribe').since).toBeUndefined();
    socket().joined(CHANNEL, [message(1, 'Hallo'), message(2, 'Wer hilft?'), message(1, 'Hallo!', { rev: 3 })]);

    socket().drop();
    expect(chat.state).toBe('reconnecting');
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    // the second attempt fails too: the wait doubles
    socket().drop();
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    socket().welcome();
    expect(chat.state).toBe('online');
    expect(socket().lastOf('subscribe')).toMatchObject({ channel: CHANNEL, since: 3 });
    // the gap: a new message and the deletion of another
    socket().joined(CHANNEL, [message(4, 'Ich!'), { ...message(2, ''), rev: 5, text: null, deleted: true }], {
      reset: false,
    });
    const snapshot = chat.snapshot(CHANNEL)!;
    expect(snapshot.status).toBe('joined');
    expect(snapshot.messages.map((m) => [m.seq, m.text, m.deleted])).toEqual([
      [1, 'Hallo!', false],
      [2, null, true],
      [4, 'Ich!', false],
    ]);
  });

  it('keeps messages in seq order and each in its latest revision, whatever the arrival order', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    let notified = 0;
    chat.join(CHANNEL, () => notified++);
    socket().joined(CHANNEL, [message(2, 'zwei')]);
    socket().push({ type: 'message', channel: CHANNEL, message: message(4, 'vier') });
    socket().push({ type: 'message', channel: CHANNEL, message: message(3, 'drei') });
    socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'zwei, korrigiert', { rev: 6 }) });
    // a late copy of the older revision (e.g. backfill and live event crossing) does not undo the edit
    socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'zwei') });
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.text)).toEqual(['zwei, korrigiert', 'drei', 'vier']);
    expect(chat.snapshot(CHANNEL)!.messages[0].editedAt).toBeTruthy();
    expect(notified).toBeGreaterThan(0);
  });

  it('counts new messages of others as unread until the read pointer moves', async () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, []);
    socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Frage?') });
    socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'Meine', { author: 'besucher' }) });
    socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Frage (bearbeitet)', { rev: 3 }) });
    expect(chat.snapshot(CHANNEL)!.unread).toBe(1);
    const read = chat.markRead(CHANNEL, 2);
    const frame = socket().lastOf('read');
    expect(frame).toMatchObject({ channel: CHANNEL, seq: 2 });
    socket().push({ type: 'read', ref: frame.ref, channel: CHANNEL, lastReadSeq: 2, unread: 0 });
    await read;
    expect(chat.snapshot(CHANNEL)!.unread).toBe(0);
    expect(chat.snapshot(CHANNEL)!.lastReadSeq).toBe(2);
  });

  it('sends what was typed offline after the reconnect, and a retried send only once', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, [message(1, 'Hallo')]);
    socket().drop();

    const id = chat.send(CHANNEL, 'Geht das auch für Kreise?');
    expect(chat.snapshot(CHANNEL)!.pending.map((p) => p.text)).toEqual(['Geht das auch für Kreise?']);
    expect(storage.data.get('kommunalmesse.chat.outbox')).toContain(id);

    vi.advanceTimersByTime(500);
    socket().welcome();
    expect(socket().ofType('send')).toHaveLength(0); // not before the channel is joined again
    socket().joined(CHANNEL, [], { reset: false, head: 1 });
    expect(socket().ofType('send')).toEqual([expect.objectContaining({ clientMsgId: id, text: 'Geht das auch für Kreise?' })]);

    // The connection breaks after the server stored it but before the ack arrived
    socket().drop();
    vi.advanceTimersByTime(500);
    socket().welcome();
    socket().joined(CHANNEL, [], { reset: false, head: 1 });
    const retry = socket().lastOf('send');
    expect(retry.clientMsgId).toBe(id);
    socket().push({ type: 'ack', ref: retry.ref, channel: CHANNEL, clientMsgId: id, seq: 2, rev: 2, duplicate: true });
    socket().push({
      type: 'message',
      channel: CHANNEL,
      message: message(2, 'Geht das auch für Kreise?', { author: 'besucher', clientMsgId: id }),
    });
    expect(chat.snapshot(CHANNEL)!.pending).toEqual([]);
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(storage.data.has('kommunalmesse.chat.outbox')).toBe(false);

    // Nothing goes out a third time after another reconnect
    socket().drop();
    vi.advanceTimersByTime(500);
    socket().welcome();
    socket().joined(CHANNEL, [], { reset: false, head: 2 });
    expect(socket().ofType('send')).toHaveLength(0);
  });

  it('keeps the outbox across a reload of the tab and drops it when the message shows up stored', () => {
    const first = client();
    first.start();
    socket().welcome();
    first.join(CHANNEL, () => {});
    socket().drop();
    const id = first.send(CHANNEL, 'Noch da?');
    first.stop();

    const second = client();
    second.start();
    socket().welcome();
    second.join(CHANNEL, () => {});
    expect(second.snapshot(CHANNEL)!.pending.map((p) => p.clientMsgId)).toEqual([id]);
    // The backfill shows it was stored before the reload: it is not sent again
    socket().joined(CHANNEL, [message(1, 'Noch da?', { author: 'besucher', clientMsgId: id })]);
    expect(socket().ofType('send')).toHaveLength(0);
    expect(second.snapshot(CHANNEL)!.pending).toEqual([]);
  });

  it('does not send messages another user typed in this tab', () => {
    const first = client();
    first.start();
    socket().welcome('besucher');
    first.join(CHANNEL, () => {});
    socket().drop();
    first.send(CHANNEL, 'Von Bea');
    first.stop();

    const second = client();
    second.start();
    socket().welcome('kdn-admin');
    second.join(CHANNEL, () => {});
    socket().joined(CHANNEL, []);
    expect(socket().ofType('send')).toHaveLength(0);
    expect(second.snapshot(CHANNEL)!.pending).toEqual([]);
  });

  it('retries after a rate limit and gives up on a refusal for good', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, []);
    chat.send(CHANNEL, 'Eins');
    const first = socket().lastOf('send');
    socket().push({ type: 'error', ref: first.ref, code: 'rate-limited', message: 'Zu schnell', retryAfterMs: 2000 });
    vi.advanceTimersByTime(1999);
    expect(socket().ofType('send')).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(socket().ofType('send')).toHaveLength(2);
    expect(socket().lastOf('send').clientMsgId).toBe(first.clientMsgId);

    chat.send(CHANNEL, 'x'.repeat(2001));
    const long = socket().lastOf('send');
    socket().push({ type: 'error', ref: long.ref, code: 'text-too-long', message: 'Zu lang' });
    const failed = chat.snapshot(CHANNEL)!.pending.find((p) => p.clientMsgId === long.clientMsgId)!;
    expect(failed.failed).toEqual({ code: 'text-too-long', message: 'Zu lang' });
    chat.discard(CHANNEL, long.clientMsgId);
    expect(chat.snapshot(CHANNEL)!.pending.map((p) => p.clientMsgId)).toEqual([first.clientMsgId]);
  });

  it('edits and deletes through requests that resolve with the ack or reject with the error', async () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, [message(1, 'Tippfeler', { author: 'besucher' })]);
    const edit = chat.edit(CHANNEL, 1, 'Tippfehler');
    const frame = socket().lastOf('edit');
    expect(frame).toMatchObject({ channel: CHANNEL, seq: 1, text: 'Tippfehler' });
    socket().push({ type: 'ack', ref: frame.ref, channel: CHANNEL, seq: 1, rev: 2, duplicate: false });
    socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Tippfehler', { rev: 2, author: 'besucher' }) });
    await expect(edit).resolves.toMatchObject({ rev: 2 });
    expect(chat.snapshot(CHANNEL)!.messages[0]).toMatchObject({ text: 'Tippfehler', rev: 2 });

    const remove = chat.remove(CHANNEL, 1);
    const del = socket().lastOf('delete');
    socket().push({ type: 'error', ref: del.ref, code: 'not-own-message', message: 'Nicht Ihre' });
    await expect(remove).rejects.toMatchObject({ code: 'not-own-message', message: 'Nicht Ihre' });
  });

  it('pages history backwards from the oldest message it holds', async () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, [message(51, 'a'), message(52, 'b')]);
    const older = chat.loadOlder(CHANNEL);
    const frame = socket().lastOf('history');
    expect(frame).toMatchObject({ channel: CHANNEL, before: 51 });
    socket().push({ type: 'history', ref: frame.ref, channel: CHANNEL, messages: [message(49, 'y'), message(50, 'z')], hasMore: true });
    await older;
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.seq)).toEqual([49, 50, 51, 52]);
    expect(chat.snapshot(CHANNEL)!.hasMore).toBe(true);
  });

  it('refreshes the token in place with an auth frame and reconnects when it is refused', async () => {
    const chat = client();
    chat.start();
    socket().welcome();
    token = 'token-2';
    chat.tokenChanged();
    const auth = socket().lastOf('auth');
    expect(auth.token).toBe('token-2');
    expect(sockets).toHaveLength(1);
    socket().push({ type: 'error', ref: auth.ref, code: 'auth-failed', message: 'Token ungültig' });
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets).toHaveLength(2);
    expect(socket().protocols[1]).toContain('token-2');
  });

  it('reconnects when an anonymous visitor logs in', () => {
    token = undefined;
    const chat = client();
    chat.start();
    socket().welcome(null);
    token = 'token-1';
    chat.tokenChanged();
    expect(sockets).toHaveLength(2);
    expect(sockets[0].closedWith).toBe(1000);
    expect(socket().protocols[1]).toContain('token-1');
  });

  it('sends heartbeats and drops a connection that stops answering', () => {
    const chat = client();
    chat.start();
    socket().welcome('besucher', 25);
    vi.advanceTimersByTime(25_000);
    const ping = socket().lastOf('ping');
    expect(ping).toBeTruthy();
    socket().push({ type: 'pong', serverTime: '2026-12-01T21:00:00Z' });
    vi.advanceTimersByTime(25_000);
    expect(socket().ofType('ping')).toHaveLength(2);
    vi.advanceTimersByTime(10_000); // no pong this time
    expect(chat.state).toBe('reconnecting');
    expect(sockets[0].closedWith).toBe(4000);
    vi.advanceTimersByTime(500);
    expect(sockets).toHaveLength(2);
  });

  it('gives the connection up when the browser goes offline and reconnects when it is back', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    chat.join(CHANNEL, () => {});
    socket().joined(CHANNEL, [message(1, 'Hallo')]);
    chat.networkOffline();
    expect(chat.state).toBe('offline');
    expect(sockets[0].closedWith).toBe(1000);
    const id = chat.send(CHANNEL, 'Im Zug geschrieben');
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1); // no attempts while offline

    chat.networkOnline();
    expect(sockets).toHaveLength(2);
    expect(chat.state).toBe('reconnecting');
    socket().welcome();
    socket().joined(CHANNEL, [], { reset: false, head: 1 });
    expect(socket().lastOf('subscribe').since).toBe(1);
    expect(socket().ofType('send')).toEqual([expect.objectContaining({ clientMsgId: id, text: 'Im Zug geschrieben' })]);
  });

  it('stays offline after a close code that reconnecting cannot fix', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    socket().drop(4406);
    expect(chat.state).toBe('offline');
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('restores watches and duty after a reconnect', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    const counts: number[] = [];
    chat.watch('kreis-soest-umzug', (n) => counts.push(n));
    void chat.duty('kreis-soest-umzug', true).catch(() => {});
    socket().push({ type: 'presence', ref: null, booth: 'kreis-soest-umzug', expertsOnline: 1 });
    socket().push({ type: 'presence', ref: null, booth: 'stadt-paderborn-gesundheit', expertsOnline: 3 });
    socket().drop();
    vi.advanceTimersByTime(500);
    socket().welcome();
    expect(socket().ofType('watch')).toEqual([expect.objectContaining({ booth: 'kreis-soest-umzug' })]);
    expect(socket().ofType('duty')).toEqual([expect.objectContaining({ booth: 'kreis-soest-umzug', on: true })]);
    expect(counts).toEqual([1]);
  });

  it('hands any server frame type to listeners of other features', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    const seen: unknown[] = [];
    const off = chat.on('stage-live', (frame) => seen.push(frame.state));
    socket().push({ type: 'stage-live', state: 'live' });
    off();
    socket().push({ type: 'stage-live', state: 'ended' });
    expect(seen).toEqual(['live']);
  });

  it('unsubscribes when the last follower of a channel leaves', () => {
    const chat = client();
    chat.start();
    socket().welcome();
    const a = chat.join(CHANNEL, () => {});
    const b = chat.join(CHANNEL, () => {});
    expect(socket().ofType('subscribe')).toHaveLength(1);
    a();
    expect(socket().ofType('unsubscribe')).toHaveLength(0);
    b();
    expect(socket().ofType('unsubscribe')).toEqual([expect.objectContaining({ channel: CHANNEL })]);
    expect(chat.snapshot(CHANNEL)).toBeUndefined();
  });

  it('shows a refused subscription as an error the UI can explain', () => {
    token = undefined;
    const chat = client();
    chat.start();
    socket().welcome(null);
    chat.join(CHANNEL, () => {});
    const subscribe = socket().lastOf('subscribe');
    socket().push({ type: 'error', ref: subscribe.ref, code: 'login-required', message: 'Bitte melden Sie sich an' });
    expect(chat.snapshot(CHANNEL)).toMatchObject({ status: 'error', error: { code: 'login-required' } });
  });
});
