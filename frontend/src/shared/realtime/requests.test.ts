import { describe, expect, it } from 'vitest';
import { CHANNEL, useChatHarness } from '../../test/chatHarness';
import { message } from '../../test/fakeSocket';

describe('Requests (through ChatClient)', () => {
  const h = useChatHarness();

  it('edits and deletes through requests that resolve with the ack or reject with the error', async () => {
    const chat = h.connected();
    chat.join(CHANNEL, () => {});
    h.socket().joined(CHANNEL, [message(1, 'Tippfeler', { author: 'besucher' })]);
    const edit = chat.edit(CHANNEL, 1, 'Tippfehler');
    const frame = h.socket().lastOf('edit');
    expect(frame).toMatchObject({ channel: CHANNEL, seq: 1, text: 'Tippfehler' });
    h.socket().push({ type: 'ack', ref: frame.ref, channel: CHANNEL, seq: 1, rev: 2, duplicate: false });
    h.socket().push({ type: 'message', channel: CHANNEL, message: message(1, 'Tippfehler', { rev: 2, author: 'besucher' }) });
    await expect(edit).resolves.toMatchObject({ rev: 2 });
    expect(chat.snapshot(CHANNEL)!.messages[0]).toMatchObject({ text: 'Tippfehler', rev: 2 });

    const remove = chat.remove(CHANNEL, 1);
    const del = h.socket().lastOf('delete');
    h.socket().push({ type: 'error', ref: del.ref, code: 'not-own-message', message: 'Nicht Ihre' });
    await expect(remove).rejects.toMatchObject({ code: 'not-own-message', message: 'Nicht Ihre' });
  });

  it('hands any server frame type to listeners of other features', () => {
    const chat = h.connected();
    const seen: unknown[] = [];
    const off = chat.on('stage-live', (frame) => seen.push(frame.state));
    h.socket().push({ type: 'stage-live', state: 'live' });
    off();
    h.socket().push({ type: 'stage-live', state: 'ended' });
    expect(seen).toEqual(['live']);
  });
});
