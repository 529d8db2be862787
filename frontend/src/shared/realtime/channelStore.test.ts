import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, useChatHarness } from '../../test/chatHarness';
import { message } from '../../test/fakeSocket';

describe('ChannelStore (through ChatClient)', () => {
  const h = useChatHarness();

  it('keeps messages in seq order and each in its latest revision, whatever the arrival order', () => {
    const chat = h.connected();
    let notified = 0;
    chat.join(CHANNEL, () => notified++);
    h.socket().joined(CHANNEL, [message(2, 'zwei')]);
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(4, 'vier') });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(3, 'drei') });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'zwei, korrigiert', { rev: 6 }) });
    // a late copy of the older revision (e.g. backfill and live event crossing) does not undo the edit
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'zwei') });
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.text)).toEqual(['zwei, korrigiert', 'drei', 'vier']);
    expect(chat.snapshot(CHANNEL)!.messages[0].editedAt).toBeTruthy();
    expect(notified).toBeGreaterThan(0);
  });

  it('counts new messages of others as unread until the read pointer moves', async () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, []);
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Frage?') });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(2, 'Meine', { author: 'besucher' }) });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Frage (bearbeitet)', { rev: 3 }) });
    expect(chat.snapshot(CHANNEL)!.unread).toBe(1);
    const read = chat.markRead(CHANNEL, 2);
    const frame = h.socket().lastOf('read');
    expect(frame).toMatchObject({ channel: CHANNEL, seq: 2 });
    h.socket().push({ type: 'read', ref: frame.ref, channel: CHANNEL, lastReadSeq: 2, unread: 0 });
    await read;
    expect(chat.snapshot(CHANNEL)!.unread).toBe(0);
    expect(chat.snapshot(CHANNEL)!.lastReadSeq).toBe(2);
  });

  it('pages history backwards from the oldest message it holds', async () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(51, 'a'), message(52, 'b')]);
    const older = chat.loadOlder(CHANNEL);
    const frame = h.socket().lastOf('history');
    expect(frame).toMatchObject({ channel: CHANNEL, before: 51 });
    h.socket().push({ type: 'history', ref: frame.ref, channel: CHANNEL, messages: [message(49, 'y'), message(50, 'z')], hasMore: true });
    await older;
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.seq)).toEqual([49, 50, 51, 52]);
    expect(chat.snapshot(CHANNEL)!.hasMore).toBe(true);
  });

  it('unsubscribes when the last follower of a channel leaves', () => {
    const chat = h.connected();
    const a = chat.join(CHANNEL, () => {});
    const b = chat.join(CHANNEL, () => {});
    expect(h.socket().ofType('subscribe')).toHaveLength(1);
    a();
    expect(h.socket().ofType('unsubscribe')).toHaveLength(0);
    b();
    expect(h.socket().ofType('unsubscribe')).toEqual([expect.objectContaining({ channel: CHANNEL })]);
    expect(chat.snapshot(CHANNEL)).toBeUndefined();
  });

  it('shows a refused subscription as an error the UI can explain', () => {
    h.token = undefined;
    const chat = h.client();
    chat.start();
    h.socket().welcome(null);
    chat.join(CHANNEL, () => {});
    const subscribe = h.socket().lastOf('subscribe');
    h.socket().push({ type: 'error', ref: subscribe.ref, code: 'login-required', message: 'Bitte melden Sie sich an' });
    expect(chat.snapshot(CHANNEL)).toMatchObject({ status: 'error', error: { code: 'login-required' } });
  });

  it('subscribes again after the hint when the server could not reach its database', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    const subscribe = h.socket().lastOf('subscribe');
    h.socket().push({ type: 'error', ref: subscribe.ref, code: 'unavailable', message: 'Datenbank weg', retryAfterMs: 10_000 });
    expect(chat.snapshot(CHANNEL)).toMatchObject({ status: 'joining', error: { code: 'unavailable' } });

    vi.advanceTimersByTime(9_999);
    expect(h.socket().ofType('subscribe')).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.socket().ofType('subscribe')).toHaveLength(2);
    h.socket().joined(CHANNEL, [message(1, 'Wieder da')]);
    expect(chat.snapshot(CHANNEL)).toMatchObject({ status: 'joined', error: null });
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.text)).toEqual(['Wieder da']);
  });
});
