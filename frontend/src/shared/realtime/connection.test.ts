import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, useChatHarness } from '../../test/chatHarness';
import { message } from '../../test/fakeSocket';

describe('Connection (through ChatClient)', () => {
  const h = useChatHarness();

  it('passes the token as subprotocol and is online after welcome', () => {
    const chat = h.client();
    const states: string[] = [];
    chat.onStateChange((s) => states.push(s));
    chat.start();
    expect(h.socket().url).toBe('ws://localhost/ws/chat?v=2&lang=de');
    expect(h.socket().protocols).toEqual(['quarkus', 'quarkus-http-upgrade#Authorization#Bearer%20token-1']);
    h.socket().welcome();
    expect(states).toEqual(['connecting', 'online']);
    expect(chat.user?.username).toBe('besucher');
  });

  it('connects anonymously without a token', () => {
    h.token = undefined;
    const chat = h.client();
    chat.start();
    expect(h.socket().protocols).toEqual(['quarkus']);
    h.socket().welcome(null);
    expect(chat.user).toBeNull();
  });

  it('reconnects with backoff and resumes each channel from the last change it saw', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    expect(h.socket().lastOf('subscribe')).toMatchObject({ channel: CHANNEL });
    expect(h.socket().lastOf('subscribe').since).toBeUndefined();
    h.socket().joined(CHANNEL, [message(1, 'Hallo'), message(2, 'Wer hilft?'), message(1, 'Hallo!', { rev: 3 })]);

    h.socket().drop();
    expect(chat.state).toBe('reconnecting');
    expect(h.sockets).toHaveLength(1);
    vi.advanceTimersByTime(499);
    expect(h.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.sockets).toHaveLength(2);
    // the second attempt fails too: the wait doubles
    h.socket().drop();
    vi.advanceTimersByTime(999);
    expect(h.sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(h.sockets).toHaveLength(3);

    h.socket().welcome();
    expect(chat.state).toBe('online');
    expect(h.socket().lastOf('subscribe')).toMatchObject({ channel: CHANNEL, since: 3 });
    // the gap: a new message and the deletion of another
    h.socket().joined(CHANNEL, [message(4, 'Ich!'), { ...message(2, ''), rev: 5, text: null, deleted: true }], {
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

  it('resumes from the last number seen without a gap when changes of several writers arrive out of order', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(1, 'Hallo'), message(2, 'Wer hilft?')]);
    // 4 (stored by this instance) overtakes 3 (stored by another and relayed through Redis); 5 edits 1
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(4, 'Vier') });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Hallo!', { rev: 5 }) });
    h.socket().drop();
    vi.advanceTimersByTime(500);
    h.socket().welcome();
    // not 5: message 3 was never seen, so the server must send it again
    expect(h.socket().lastOf('subscribe')).toMatchObject({ channel: CHANNEL, since: 2 });
    h.socket().joined(CHANNEL, [message(3, 'Drei'), message(4, 'Vier'), message(1, 'Hallo!', { rev: 5 })], { reset: false });
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.text)).toEqual(['Hallo!', 'Wer hilft?', 'Drei', 'Vier']);

    // once the late change has arrived, the point moves past everything seen
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(7, 'Sieben') });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(6, 'Sechs') });
    h.socket().drop();
    vi.advanceTimersByTime(500);
    h.socket().welcome();
    expect(h.socket().lastOf('subscribe').since).toBe(7);
  });

  it('refreshes the token in place with an auth frame and reconnects when it is refused', async () => {
    const chat = h.connected();
    h.token = 'token-2';
    chat.tokenChanged();
    const auth = h.socket().lastOf('auth');
    expect(auth.token).toBe('token-2');
    expect(h.sockets).toHaveLength(1);
    h.socket().push({ type: 'error', ref: auth.ref, code: 'auth-failed', message: 'Token ungültig' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.sockets).toHaveLength(2);
    expect(h.socket().protocols[1]).toContain('token-2');
  });

  it('reconnects when an anonymous visitor logs in', () => {
    h.token = undefined;
    const chat = h.client();
    chat.start();
    h.socket().welcome(null);
    h.token = 'token-1';
    chat.tokenChanged();
    expect(h.sockets).toHaveLength(2);
    expect(h.sockets[0].closedWith).toBe(1000);
    expect(h.socket().protocols[1]).toContain('token-1');
  });

  it('sends heartbeats and drops a connection that stops answering', () => {
    const chat = h.client();
    chat.start();
    h.socket().welcome('besucher', 25);
    vi.advanceTimersByTime(25_000);
    const ping = h.socket().lastOf('ping');
    expect(ping).toBeTruthy();
    h.socket().push({ type: 'pong', serverTime: '2026-12-01T21:00:00Z' });
    vi.advanceTimersByTime(25_000);
    expect(h.socket().ofType('ping')).toHaveLength(2);
    vi.advanceTimersByTime(10_000); // no pong this time
    expect(chat.state).toBe('reconnecting');
    expect(h.sockets[0].closedWith).toBe(4000);
    vi.advanceTimersByTime(500);
    expect(h.sockets).toHaveLength(2);
  });

  it('gives the connection up when the browser goes offline and reconnects when it is back', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(1, 'Hallo')]);
    chat.networkOffline();
    expect(chat.state).toBe('offline');
    expect(h.sockets[0].closedWith).toBe(1000);
    const id = chat.send(CHANNEL, 'Im Zug geschrieben');
    vi.advanceTimersByTime(60_000);
    expect(h.sockets).toHaveLength(1); // no attempts while offline

    chat.networkOnline();
    expect(h.sockets).toHaveLength(2);
    expect(chat.state).toBe('reconnecting');
    h.socket().welcome();
    h.socket().joined(CHANNEL, [], { reset: false, head: 1 });
    expect(h.socket().lastOf('subscribe').since).toBe(1);
    expect(h.socket().ofType('send')).toEqual([expect.objectContaining({ clientMsgId: id, text: 'Im Zug geschrieben' })]);
  });

  it('stays offline after a close code that reconnecting cannot fix', () => {
    const chat = h.connected();
    h.socket().drop(4406);
    expect(chat.state).toBe('offline');
    vi.advanceTimersByTime(60_000);
    expect(h.sockets).toHaveLength(1);
  });

  it('restores watches and duty after a reconnect', () => {
    const chat = h.connected();
    const counts: number[] = [];
    chat.watch('kreis-soest-umzug', (n) => counts.push(n));
    void chat.duty('kreis-soest-umzug', true).catch(() => {});
    h.socket().push({ type: 'presence', ref: null, booth: 'kreis-soest-umzug', expertsOnline: 1 });
    h.socket().push({ type: 'presence', ref: null, booth: 'stadt-paderborn-gesundheit', expertsOnline: 3 });
    h.socket().drop();
    vi.advanceTimersByTime(500);
    h.socket().welcome();
    expect(h.socket().ofType('watch')).toEqual([expect.objectContaining({ booth: 'kreis-soest-umzug' })]);
    expect(h.socket().ofType('duty')).toEqual([expect.objectContaining({ booth: 'kreis-soest-umzug', on: true })]);
    expect(counts).toEqual([1]);
  });
});
