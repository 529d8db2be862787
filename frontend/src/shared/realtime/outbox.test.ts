import { describe, expect, it, vi } from 'vitest';
import { CHANNEL, useChatHarness } from '../../test/chatHarness';
import { message } from '../../test/fakeSocket';

describe('Outbox (through ChatClient)', () => {
  const h = useChatHarness();

  it('sends what was typed offline after the reconnect, and a retried send only once', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(1, 'Hallo')]);
    h.socket().drop();

    const id = chat.send(CHANNEL, 'Geht das auch für Kreise?');
    expect(chat.snapshot(CHANNEL)!.pending.map((p) => p.text)).toEqual(['Geht das auch für Kreise?']);
    expect(h.storage.data.get('kommunalmesse.chat.outbox')).toContain(id);

    vi.advanceTimersByTime(500);
    h.socket().welcome();
    expect(h.socket().ofType('send')).toHaveLength(0); // not before the channel is joined again
    h.socket().joined(CHANNEL, [], { reset: false, head: 1 });
    expect(h.socket().ofType('send')).toEqual([expect.objectContaining({ clientMsgId: id, text: 'Geht das auch für Kreise?' })]);

    // The connection breaks after the server stored it but before the ack arrived
    h.socket().drop();
    vi.advanceTimersByTime(500);
    h.socket().welcome();
    h.socket().joined(CHANNEL, [], { reset: false, head: 1 });
    const retry = h.socket().lastOf('send');
    expect(retry.clientMsgId).toBe(id);
    h.socket().push({ type: 'ack', ref: retry.ref, channel: CHANNEL, clientMsgId: id, seq: 2, rev: 2, duplicate: true });
    h.socket().push({
      type: 'message',
      channel: CHANNEL,
      message: message(2, 'Geht das auch für Kreise?', { author: 'besucher', clientMsgId: id }),
    });
    expect(chat.snapshot(CHANNEL)!.pending).toEqual([]);
    expect(chat.snapshot(CHANNEL)!.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(h.storage.data.has('kommunalmesse.chat.outbox')).toBe(false);

    // Nothing goes out a third time after another reconnect
    h.socket().drop();
    vi.advanceTimersByTime(500);
    h.socket().welcome();
    h.socket().joined(CHANNEL, [], { reset: false, head: 2 });
    expect(h.socket().ofType('send')).toHaveLength(0);
  });

  it('keeps the outbox across a reload of the tab and drops it when the message shows up stored', () => {
    const first = h.client();
    first.start();
    h.socket().welcome();
    first.join(CHANNEL, () => {});
    h.socket().drop();
    const id = first.send(CHANNEL, 'Noch da?');
    first.stop();

    const second = h.client();
    second.start();
    h.socket().welcome();
    second.join(CHANNEL, () => {});
    expect(second.snapshot(CHANNEL)!.pending.map((p) => p.clientMsgId)).toEqual([id]);
    // The backfill shows it was stored before the reload: it is not sent again
    h.socket().joined(CHANNEL, [message(1, 'Noch da?', { author: 'besucher', clientMsgId: id })]);
    expect(h.socket().ofType('send')).toHaveLength(0);
    expect(second.snapshot(CHANNEL)!.pending).toEqual([]);
  });

  it('does not send messages another user typed in this tab', () => {
    const first = h.client();
    first.start();
    h.socket().welcome('besucher');
    first.join(CHANNEL, () => {});
    h.socket().drop();
    first.send(CHANNEL, 'Von Bea');
    first.stop();

    const second = h.client();
    second.start();
    h.socket().welcome('kdn-admin');
    second.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, []);
    expect(h.socket().ofType('send')).toHaveLength(0);
    expect(second.snapshot(CHANNEL)!.pending).toEqual([]);
  });

  it('retries after a rate limit and gives up on a refusal for good', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, []);
    chat.send(CHANNEL, 'Eins');
    const first = h.socket().lastOf('send');
    h.socket().push({ type: 'error', ref: first.ref, code: 'rate-limited', message: 'Zu schnell', retryAfterMs: 2000 });
    vi.advanceTimersByTime(1999);
    expect(h.socket().ofType('send')).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(h.socket().ofType('send')).toHaveLength(2);
    expect(h.socket().lastOf('send').clientMsgId).toBe(first.clientMsgId);

    chat.send(CHANNEL, 'x'.repeat(2001));
    const long = h.socket().lastOf('send');
    h.socket().push({ type: 'error', ref: long.ref, code: 'text-too-long', message: 'Zu lang' });
    const failed = chat.snapshot(CHANNEL)!.pending.find((p) => p.clientMsgId === long.clientMsgId)!;
    expect(failed.failed).toEqual({ code: 'text-too-long', message: 'Zu lang' });
    chat.discard(CHANNEL, long.clientMsgId);
    expect(chat.snapshot(CHANNEL)!.pending.map((p) => p.clientMsgId)).toEqual([first.clientMsgId]);
  });

  it('keeps a message while the server cannot reach its database and sends it again after the hint', () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(1, 'Hallo')]);
    const id = chat.send(CHANNEL, 'Trotz Ausfall');
    const first = h.socket().lastOf('send');
    h.socket().push({ type: 'error', ref: first.ref, code: 'unavailable', message: 'Datenbank weg', retryAfterMs: 10_000 });
    expect(chat.snapshot(CHANNEL)!.pending).toEqual([expect.objectContaining({ clientMsgId: id, text: 'Trotz Ausfall' })]);
    expect(chat.snapshot(CHANNEL)!.pending[0].failed).toBeUndefined();
    expect(h.storage.data.get('kommunalmesse.chat.outbox')).toContain(id);

    vi.advanceTimersByTime(9_999);
    expect(h.socket().ofType('send')).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const second = h.socket().lastOf('send');
    expect(second).toMatchObject({ clientMsgId: id, text: 'Trotz Ausfall' });
    // still away: once more after the hint
    h.socket().push({ type: 'error', ref: second.ref, code: 'unavailable', message: 'Datenbank weg', retryAfterMs: 10_000 });
    vi.advanceTimersByTime(10_000);
    const third = h.socket().lastOf('send');
    expect(h.socket().ofType('send')).toHaveLength(3);
    h.socket().push({ type: 'ack', ref: third.ref, channel: CHANNEL, clientMsgId: id, seq: 2, rev: 2, duplicate: false });
    expect(chat.snapshot(CHANNEL)!.pending).toEqual([]);
  });
});
