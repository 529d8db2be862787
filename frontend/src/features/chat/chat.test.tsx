import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { boothDetail, conversation } from '../../test/fixtures';
import { useFakeChatServer, message } from '../../test/fakeSocket';
import { type KolHost, click, kolButton, kolInput } from '../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, requestedPaths, writes } from '../../test/render';

const SLUG = 'kreis-soest-umzug';
const CHANNEL = `booth:${SLUG}`;

describe('chat UI', () => {
  const server = useFakeChatServer();

  function boothBackend(me = ME.visitor, booth: object = boothDetail, editions: object[] = []) {
    return mockFetch((url, init) => {
      if (url.pathname === `/api/booths/${SLUG}`) return { body: booth };
      if (url.pathname === '/api/editions') return { body: editions };
      if (url.pathname === '/api/me') return { body: me };
      if (url.pathname === '/api/chat/conversations' && init?.method === 'POST') return { body: conversation };
      if (url.pathname === '/api/chat/conversations') return { body: [] };
      if (url.pathname === `/api/chat/channels/${CHANNEL}/messages/2/reports`) {
        return { status: 201, body: { id: 1 } };
      }
      return undefined;
    });
  }

  /**
   * Opens the booth page as the logged-in visitor until its chat subscribes to the booth channel; with
   * `messages`, the channel answers with them and the test waits until they are shown (an empty one says so).
   */
  async function openBoothChat(messages?: ReturnType<typeof message>[]) {
    boothBackend();
    const rendered = renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(server.socket.ofType('subscribe')).toHaveLength(1));
    if (messages) {
      act(() => server.socket.joined(CHANNEL, messages));
      if (messages.length === 0) await screen.findByText('Noch keine Nachrichten. Schreiben Sie die erste!');
    }
    return rendered;
  }

  it('shows anonymous visitors the experts online live and a login hint where the channel is closed to them', async () => {
    boothBackend();
    const { container } = renderRoute(`/stand/${SLUG}`, { auth: { status: 'anonymous' } });
    await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    expect(server.socket.protocols).toEqual(['quarkus']);
    act(() => server.socket.welcome(null));
    await waitFor(() => expect(server.socket.ofType('watch')).toEqual([expect.objectContaining({ booth: SLUG })]));
    act(() => server.socket.push({ type: 'presence', booth: SLUG, expertsOnline: 2 }));
    expect(await screen.findByText('2 Expertinnen/Experten online')).toBeTruthy();
    act(() => server.socket.push({ type: 'presence', booth: SLUG, expertsOnline: 1 }));
    expect(await screen.findByText('1 Expertin/Experte online')).toBeTruthy();

    const subscribe = server.socket.lastOf('subscribe');
    expect(subscribe.channel).toBe(CHANNEL);
    act(() => server.socket.push({ type: 'error', ref: subscribe.ref, code: 'login-required', message: 'Bitte anmelden' }));
    expect(await screen.findByText('Melden Sie sich an, um den Chat zu lesen und mitzuschreiben.')).toBeTruthy();
    expect(kolButton(container, 'Anmelden')).toBeTruthy();
    expect(container.querySelector('kol-textarea')).toBeNull();
  });

  it('shows messages as text with safe links, edited and deleted, and announces new ones politely', async () => {
    boothBackend();
    const { container } = renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    expect(server.socket.protocols[1]).toBe('quarkus-http-upgrade#Authorization#Bearer%20token-besucher');
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(server.socket.ofType('subscribe')).toHaveLength(1));
    act(() =>
      server.socket.joined(CHANNEL, [
        message(1, 'Details: https://soest.de/umzug. <img src=x onerror=alert(1)>'),
        message(2, 'Korrigiert', { rev: 4 }),
        { ...message(3, '', { author: 'besucher' }), text: null, deleted: true, deletedBy: 'besucher' },
      ], { lastReadSeq: 1, unread: 1 }),
    );
    expect(await screen.findByText('1 neue Nachricht seit Ihrem letzten Besuch')).toBeTruthy();
    expect(container.querySelectorAll('.chat-message--new')).toHaveLength(1);
    const link = await waitFor(() => {
      const found = container.querySelector('.chat-message a');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(link.getAttribute('href')).toBe('https://soest.de/umzug');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(container.querySelector('.chat-message img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
    expect(screen.getByText(/bearbeitet/)).toBeTruthy();
    expect(screen.getByText('Diese Nachricht wurde gelöscht.')).toBeTruthy();

    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    act(() => server.socket.push({ type: 'message', channel: CHANNEL, message: message(5, 'Wir sind jetzt da.') }));
    await waitFor(() => expect(live.textContent).toBe('Neue Nachricht von Sven Sörensen: Wir sind jetzt da.'));
    // What the visitor sees counts as read
    await waitFor(() => expect(server.socket.lastOf('read')).toMatchObject({ channel: CHANNEL, seq: 5 }));

    // Reporting a message of someone else
    const reportButtons = [...container.querySelectorAll('kol-button')].filter((b) => b.getAttribute('_label') === 'Melden');
    expect(reportButtons).toHaveLength(3); // messages 1, 2 and 5; not the deleted one
    act(() => (reportButtons[1] as KolHost)._on?.onClick?.(new Event('click')));
    await screen.findByText('Danke, die Nachricht wurde an die Moderation gemeldet.');
  });

  it('asks before deleting a message and deletes only when confirmed', async () => {
    const { container } = await openBoothChat();
    act(() => server.socket.joined(CHANNEL, [message(1, 'Meine Frage zum Umzug', { author: 'besucher' })]));
    await screen.findByText('Meine Frage zum Umzug');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);

    click(container, 'Löschen');
    expect(confirm).toHaveBeenLastCalledWith('Diese Nachricht wirklich löschen? „Meine Frage zum Umzug“');
    expect(server.socket.ofType('delete')).toHaveLength(0);

    click(container, 'Löschen');
    await waitFor(() => expect(server.socket.ofType('delete')).toHaveLength(1));
    expect(server.socket.lastOf('delete')).toMatchObject({ channel: CHANNEL, seq: 1 });
    confirm.mockRestore();
  });

  it('tells a muted user so in place of the composer, before anything is typed', async () => {
    const { container } = await openBoothChat();
    act(() =>
      server.socket.joined(CHANNEL, [], {
        permissions: { write: true, moderate: false, muted: true, mutedUntil: '2026-12-01T15:30:00Z' },
      }),
    );

    expect(await screen.findByText(/Sie sind in diesem Chat bis .*16:30.* stummgeschaltet/)).toBeTruthy();
    expect(container.querySelector('kol-textarea[_label="Nachricht an den Chat"]')).toBeNull();
  });

  it('sends from the composer through the outbox and shows the reconnecting state', async () => {
    const { container } = await openBoothChat([]);

    act(() => server.socket.drop());
    expect(await screen.findByText('Verbindung unterbrochen – wird wiederhergestellt …')).toBeTruthy();
    const textarea = container.querySelector('kol-textarea[_label="Nachricht an den Chat"]');
    kolInput(textarea, 'Gilt das auch für Kreise?');
    act(() => {
      fireEvent.submit(container.querySelector('form.chat-composer')!);
    });
    expect(await screen.findByText('wird gesendet …')).toBeTruthy();
    expect(screen.getByText('Gilt das auch für Kreise?')).toBeTruthy();
  });

  it('sends the whole text when Ctrl+Enter follows the last keys before React has rendered them', async () => {
    const { container } = await openBoothChat([]);
    const textarea = container.querySelector('kol-textarea[_label="Nachricht an den Chat"]') as KolHost;

    act(() => textarea._on?.onInput?.(new Event('input'), 'Privat per'));
    // KoliBri's event comes from outside React: no act() around it, so the update is not rendered yet
    textarea._on?.onInput?.(new Event('input'), 'Privat per Tastatur geschickt');
    fireEvent.keyDown(textarea, { key: 'Enter', ctrlKey: true });

    await waitFor(() => expect(server.socket.ofType('send')).toHaveLength(1));
    expect(server.socket.lastOf('send')).toMatchObject({ channel: CHANNEL, text: 'Privat per Tastatur geschickt' });
  });

  it('opens the conversation with the booth team and shows who answers', async () => {
    const fetch = boothBackend();
    const { container } = renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(kolButton(container, 'Gespräch mit dem Standteam')).toBeTruthy());
    click(container, 'Gespräch mit dem Standteam');
    await waitFor(() => expect(writes(fetch)).toEqual([{ request: 'POST /api/chat/conversations', body: { booth: SLUG } }]));
    await waitFor(() => expect(server.socket.ofType('subscribe').map((s) => s.channel)).toContain('dm:17'));
    expect(await screen.findByText('Noch hat niemand aus dem Standteam geantwortet.')).toBeTruthy();
    expect(container.querySelector('kol-heading[_label="Gespräch mit dem Standteam von Kreis Soest"]')).not.toBeNull();

    act(() =>
      server.socket.joined('dm:17', [message(1, 'Guten Tag, wie können wir helfen?')], {
        conversation: { ...conversation, handlerName: 'Sven Sörensen' },
      }),
    );
    expect(await screen.findByText('Es antwortet: Sven Sörensen')).toBeTruthy();
    act(() =>
      server.socket.push({ type: 'conversation', conversation: { ...conversation, status: 'closed', handlerName: 'Sven Sörensen' } }),
    );
    await waitFor(() => expect(kolButton(container, 'Gespräch wieder öffnen')).toBeTruthy());
  });

  it('offers no conversation with the team on a booth of an archived edition, only its chat history', async () => {
    const archive = { slug: '2025', title: 'Ausgabe 2025', startsOn: '2025-11-03', endsOn: '2025-11-07', state: 'archive', current: false };
    boothBackend(ME.visitor, { ...boothDetail, edition: '2025', contactRequestsEnabled: false }, [archive]);
    const { container } = renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(server.socket.ofType('subscribe')).toHaveLength(1));
    act(() => server.socket.joined(`booth:2025/${SLUG}`, [message(1, 'Alte Frage aus dem Archiv')]));

    expect(await screen.findByText('Alte Frage aus dem Archiv')).toBeTruthy();
    expect(await screen.findByText(/Dieser Stand gehört zu einer archivierten Ausgabe/)).toBeTruthy();
    expect(container.querySelector('kol-button[_label="Gespräch mit dem Standteam"]')).toBeNull();
    expect(container.querySelector('.team-entries kol-link')).toBeNull();
    expect(container.querySelector('.contact-section')).toBeNull();
  });

  it('lets admins set slow mode and anonymous reading of a booth channel', async () => {
    const fetch = mockFetch((url, init) => {
      if (url.pathname === `/api/booths/${SLUG}`) return { body: boothDetail };
      if (url.pathname === '/api/me') return { body: ME.admin };
      if (url.pathname === '/api/chat/conversations') return { body: [] };
      if (url.pathname === `/api/chat/channels/${CHANNEL}/settings` && init?.method === 'PUT') {
        return { body: { anonymousRead: true, slowModeSeconds: 30 } };
      }
      return undefined;
    });
    const { container } = renderRoute(`/stand/${SLUG}`, { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('kdn-admin', 25, ['visitor', 'exhibitor', 'admin']));
    await waitFor(() => expect(server.socket.ofType('subscribe').length).toBeGreaterThan(0));
    act(() => server.socket.joined(CHANNEL, [message(1, 'Werbung!')], { permissions: { write: true, moderate: true } }));
    await waitFor(() => expect(container.querySelector('.chat-panel__moderation')).not.toBeNull());
    expect(kolButton(container, 'Ausschließen …')).toBeTruthy();
    const select = container.querySelector('.chat-panel__moderation kol-select') as KolHost;
    act(() => select._on?.onChange?.(new Event('change'), 30));
    const anonymous = container.querySelector('.chat-panel__moderation kol-input-checkbox');
    kolInput(anonymous, true);
    await waitFor(() =>
      expect(writes(fetch)).toEqual([
        { request: `PUT /api/chat/channels/${CHANNEL}/settings`, body: { slowModeSeconds: 30 } },
        { request: `PUT /api/chat/channels/${CHANNEL}/settings`, body: { anonymousRead: true } },
      ]),
    );
  });

  it('gives staff a console: on duty, conversations with unread counts, refreshed live', async () => {
    const fetch = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname === '/api/my/booths') return { body: [{ slug: SLUG, name: 'Digitaler Umzugsservice', published: true }] };
      if (url.pathname === `/api/chat/booths/${SLUG}/conversations`) return { body: [conversation] };
      if (url.pathname === '/api/chat/conversations/17/claim' && init?.method === 'POST') {
        return { body: { ...conversation, handlerName: 'Sven Sörensen' } };
      }
      return undefined;
    });
    const { container } = renderRoute(`/mein-stand/${SLUG}/chat`, { auth: authenticated('aussteller-soest') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Chat-Konsole: Digitaler Umzugsservice' })).toBeTruthy();
    expect(await screen.findByText('2 ungelesen')).toBeTruthy();
    expect(screen.getByText(/Noch nicht übernommen/)).toBeTruthy();

    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('aussteller-soest'));
    const duty = container.querySelector('kol-input-checkbox');
    await waitFor(() => expect((duty as unknown as { _disabled: boolean })._disabled).toBe(false));
    kolInput(duty, true);
    const frame = server.socket.lastOf('duty');
    expect(frame).toMatchObject({ booth: SLUG, on: true });
    act(() => server.socket.push({ type: 'duty', ref: frame.ref, booth: SLUG, on: true }));
    expect(await screen.findByText('Sie sind im Dienst.')).toBeTruthy();

    const before = requestedPaths(fetch).filter((p) => p.includes('/conversations')).length;
    act(() => server.socket.push({ type: 'conversation', conversation: { ...conversation, visitorName: 'Olaf Neu', id: 18 }, lastSeq: 1 }));
    await waitFor(() =>
      expect(requestedPaths(fetch).filter((p) => p.includes('/conversations')).length).toBeGreaterThan(before),
    );
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('Olaf Neu');

    click(container, 'Öffnen: Gespräch mit Bea Sucher');
    await waitFor(() => expect(server.socket.ofType('subscribe').map((s) => s.channel)).toContain('dm:17'));
    expect(kolButton(container, 'Gespräch übernehmen')).toBeTruthy();

    // Once I handle it, taking it over is no longer offered
    click(container, 'Gespräch übernehmen');
    await waitFor(() => expect(writes(fetch)).toContainEqual({ request: 'POST /api/chat/conversations/17/claim', body: undefined }));
    await waitFor(() => expect(container.querySelector('kol-button[_label="Gespräch übernehmen"]')).toBeNull());
    expect(await screen.findByText('Es antwortet: Sven Sörensen')).toBeTruthy();
  });

  it('links staff from "Meine Gespräche" to the chat console of each of their booths', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname === '/api/my/booths') return { body: [{ slug: SLUG, name: 'Digitaler Umzugsservice', published: true }] };
      if (url.pathname === '/api/chat/conversations') return { body: [] };
      return undefined;
    });
    const { container } = renderRoute('/gespraeche', { auth: authenticated('aussteller-soest') });
    await waitFor(() =>
      expect(container.querySelector(`kol-link[_href="/mein-stand/${SLUG}/chat"]`)?.getAttribute('_label')).toBe(
        'Chat-Konsole: Digitaler Umzugsservice',
      ),
    );
    expect(container.querySelector('main kol-link[_href="/gespraeche"]')).toBeNull();
  });
  describe('a conversation between two visitors, seen by the one who was asked', () => {
    // As the REST view gives it to Bea, whom Maren asked for contact: the other side is Maren
    const asked = {
      ...conversation, id: 42, channel: 'dm:42', booth: 'kontakt/7', boothName: 'Maren Decker',
      exhibitorName: 'Maren Decker', visitorName: 'Bea Sucher', handlerName: null, lastSeq: 1, unread: 1,
    };
    // As the socket's frames carry it: from the side of Maren, who asked
    const frame = { ...asked, boothName: 'Bea Sucher', exhibitorName: 'Bea Sucher', visitorName: 'Maren Decker' };

    async function open(listed: boolean) {
      const fetch = mockFetch((url) => {
        if (url.pathname === '/api/me') return { body: ME.visitor };
        if (url.pathname === '/api/chat/conversations') return { body: listed ? [asked] : [] };
        if (url.pathname === '/api/chat/conversations/42') return { body: asked };
        return undefined;
      });
      const rendered = renderRoute('/gespraeche/42', { auth: authenticated() });
      await waitFor(() => expect(server.sockets).toHaveLength(1));
      act(() => server.socket.welcome('besucher'));
      await waitFor(() => expect(server.socket.ofType('subscribe').map((s) => s.channel)).toContain('dm:42'));
      return { ...rendered, fetch };
    }

    // The page's title and the conversation's own heading
    const headings = (container: HTMLElement) => [
      container.querySelector('h1')?.textContent,
      ...[...container.querySelectorAll('kol-heading')].map((h) => h.getAttribute('_label')),
    ];

    it('keeps naming the other visitor after the socket pushes the conversation', async () => {
      const { container } = await open(true);
      act(() => server.socket.joined('dm:42', [message(1, 'Guten Tag!')], { conversation: frame }));
      await screen.findByText('Guten Tag!');
      act(() => server.socket.push({ type: 'conversation', conversation: { ...frame, status: 'closed' } }));
      await screen.findByText(/Status: geschlossen/);
      expect(headings(container)).toEqual(['Gespräch mit Maren Decker', 'Gespräch mit Maren Decker']);
      expect(screen.getByText(/^Sie schreiben mit Maren Decker\./)).toBeTruthy();
      expect(screen.queryByText(/Bea Sucher\. Sie haben sich/)).toBeNull();
    });

    it('speaks from the visitor’s side when the list read before the acceptance lacks it', async () => {
      const { container, fetch } = await open(false);
      await waitFor(() => expect(requestedPaths(fetch)).toContain('/api/chat/conversations/42'));
      await waitFor(() => expect(headings(container)).toEqual(['Gespräch mit Maren Decker', 'Gespräch mit Maren Decker']));
      expect(screen.getByText(/^Sie schreiben mit Maren Decker\./)).toBeTruthy();
      expect(container.querySelector('kol-button[_label="Gespräch übernehmen"]')).toBeNull();
    });
  });
});
