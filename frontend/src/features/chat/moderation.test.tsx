import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatSanction } from './api/chatRest';
import { boothDetail, conversation as fixtureConversation } from '../../test/fixtures';
import { useFakeChatServer, message } from '../../test/fakeSocket';
import { type KolHost, click, kolButton } from '../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, requestedPaths, writes } from '../../test/render';

const SLUG = 'kreis-soest-umzug';
const CHANNEL = `booth:${SLUG}`;
const SANCTIONS = '/api/chat/moderation/sanctions';

const sanction: ChatSanction = {
  id: 7,
  user: 'besucher',
  userName: 'Bea Sucher',
  kind: 'mute',
  channel: CHANNEL,
  reason: 'Werbung',
  createdBy: 'aussteller-soest',
  createdByName: 'Sven Sörensen',
  createdAt: '2026-12-01T21:00:00Z',
  expiresAt: '2099-12-01T22:00:00Z',
  liftedAt: null,
  liftedBy: null,
};

const conversation = { ...fixtureConversation, handlerName: 'Sven Sörensen' };

const page = (items: ChatSanction[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const problem = (status: number, detail: string) => ({
  status,
  body: { type: 'about:blank', title: 'Forbidden', status, detail },
  contentType: 'application/problem+json',
});

/** KoliBri headings render in their shadow DOM, which jsdom does not build: find them by label. */
async function findKolHeading(container: HTMLElement, label: string, level: number) {
  return waitFor(() => {
    const found = container.querySelector(`kol-heading[_label="${label}"]`);
    expect(found?.getAttribute('_level')).toBe(String(level));
    return found!;
  });
}

describe('chat moderation UI', () => {
  const server = useFakeChatServer();

  async function moderatedBoothChannel(answer: (body: unknown) => ReturnType<typeof problem> | { status: number; body: unknown }) {
    const fetch = mockFetch((url, init) => {
      if (url.pathname === `/api/booths/${SLUG}`) return { body: boothDetail };
      if (url.pathname === '/api/me') return { body: ME.admin };
      if (url.pathname === '/api/chat/conversations') return { body: [] };
      if (url.pathname === '/api/chat/unread') return { body: [] };
      if (url.pathname === SANCTIONS && init?.method === 'POST') return answer(JSON.parse(String(init.body)));
      return undefined;
    });
    const view = renderRoute(`/stand/${SLUG}`, { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('kdn-admin', 25, ['visitor', 'exhibitor', 'admin']));
    await waitFor(() => expect(server.socket.ofType('subscribe').length).toBeGreaterThan(0));
    act(() => server.socket.joined(CHANNEL, [message(4, 'Kaufen Sie jetzt!', { author: 'besucher' })], { permissions: { write: true, moderate: true } }));
    await waitFor(() => expect(kolButton(view.container, 'Stummschalten …')).toBeTruthy());
    return { ...view, fetch };
  }

  it('mutes the author of a message for the chosen time with a reason and confirms it in a status message', async () => {
    const { container, fetch } = await moderatedBoothChannel((body) => ({ status: 201, body: { ...sanction, ...(body as object) } }));
    click(container, 'Stummschalten …');
    const dialog = container.querySelector('kol-dialog');
    expect(dialog?.getAttribute('_label')).toBe('Bea Sucher stummschalten');
    const duration = dialog!.querySelector('kol-select') as KolHost & { _options?: { label: string }[] };
    expect(duration._options?.map((o) => o.label)).toEqual(['5 Minuten', '15 Minuten', '1 Stunde', '1 Tag']);
    act(() => duration._on?.onChange?.(new Event('change'), '60'));
    act(() => (dialog!.querySelector('kol-textarea') as KolHost)._on?.onInput?.(new Event('input'), ' Werbung '));
    fireEvent.submit(dialog!.querySelector('form')!);

    await waitFor(() =>
      expect(writes(fetch)).toEqual([
        { request: `POST ${SANCTIONS}`, body: { kind: 'mute', channel: CHANNEL, seq: 4, minutes: 60, reason: 'Werbung' } },
      ]),
    );
    const status = await screen.findByText('Bea Sucher ist für 1 Stunde stummgeschaltet.');
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(() => expect(container.querySelector('kol-dialog')).toBeNull());
  });

  it('bans until lifted without a duration, and shows the refusal of the server in the dialog', async () => {
    const { container, fetch } = await moderatedBoothChannel(() => problem(403, 'Sie moderieren diesen Kanal nicht.'));
    click(container, 'Ausschließen …');
    const dialog = container.querySelector('kol-dialog');
    expect(dialog?.getAttribute('_label')).toBe('Bea Sucher ausschließen');
    fireEvent.submit(dialog!.querySelector('form')!);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Nicht gespeichert: Sie moderieren diesen Kanal nicht.');
    expect(writes(fetch)).toEqual([{ request: `POST ${SANCTIONS}`, body: { kind: 'ban', channel: CHANNEL, seq: 4 } }]);
    expect(container.querySelector('kol-dialog')).not.toBeNull();
    click(container, 'Abbrechen');
    await waitFor(() => expect(container.querySelector('kol-dialog')).toBeNull());
  });

  function consoleBackend(lift: () => { status?: number; body: unknown; contentType?: string }) {
    return mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname === '/api/my/booths') return { body: [{ slug: SLUG, name: 'Digitaler Umzugsservice', published: true }] };
      if (url.pathname === `/api/chat/booths/${SLUG}/conversations`) return { body: [] };
      if (url.pathname === '/api/chat/unread') return { body: [] };
      if (url.pathname === `${SANCTIONS}/7/lift` && init?.method === 'POST') return lift();
      if (url.pathname === SANCTIONS) {
        const active = url.searchParams.get('active') === 'true';
        return { body: page(active ? [sanction] : [sanction, { ...sanction, id: 3, liftedAt: '2026-11-30T10:00:00Z', liftedBy: 'aussteller-soest' }]) };
      }
      return undefined;
    });
  }

  it('lists the sanctions of the booth channel for staff and lifts one after a confirmation', async () => {
    const fetch = consoleBackend(() => ({ body: { ...sanction, liftedAt: '2026-12-01T21:30:00Z' } }));
    const { container } = renderRoute(`/mein-stand/${SLUG}/chat`, { auth: authenticated('aussteller-soest') });
    await findKolHeading(container, 'Stummschaltungen und Ausschlüsse', 2);
    expect(await screen.findByText('Bea Sucher')).toBeTruthy();
    expect(screen.getByText('Werbung')).toBeTruthy();
    expect(screen.getByText(/Sven Sörensen ·/)).toBeTruthy();
    expect(screen.getByText('Stand-Chat kreis-soest-umzug')).toBeTruthy();
    // Staff only ever ask for their booth's channel
    const asked = requestedPaths(fetch).filter((p) => p.startsWith(SANCTIONS));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((p) => p.includes(`channel=${encodeURIComponent(CHANNEL)}`))).toBe(true);

    click(container, 'Aufheben: Stummschaltung von Bea Sucher');
    expect(writes(fetch)).toEqual([]);
    const confirm = screen.getByRole('group', { name: 'Stummschaltung von Bea Sucher wirklich aufheben?' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    click(container, 'Ja, aufheben');
    await waitFor(() => expect(writes(fetch)).toEqual([{ request: `POST ${SANCTIONS}/7/lift`, body: undefined }]));
    expect(await screen.findByText('Stummschaltung von Bea Sucher ist aufgehoben.')).toBeTruthy();
  });

  it('shows why lifting failed and keeps the confirmation', async () => {
    consoleBackend(() => problem(403, 'Nur das Standteam darf diese Sperre aufheben.'));
    const { container } = renderRoute(`/mein-stand/${SLUG}/chat`, { auth: authenticated('aussteller-soest') });
    await screen.findByText('Bea Sucher');
    click(container, 'Aufheben: Stummschaltung von Bea Sucher');
    click(container, 'Ja, aufheben');
    expect((await screen.findByRole('alert')).textContent).toBe('Nur das Standteam darf diese Sperre aufheben.');
    expect(kolButton(container, 'Ja, aufheben')).toBeTruthy();
  });

  it('shows past sanctions on request, with who lifted them', async () => {
    const fetch = consoleBackend(() => ({ body: sanction }));
    const { container } = renderRoute(`/mein-stand/${SLUG}/chat`, { auth: authenticated('aussteller-soest') });
    await screen.findByText('Bea Sucher');
    const past = [...container.querySelectorAll('kol-input-checkbox')].find(
      (c) => c.getAttribute('_label') === 'Auch aufgehobene und abgelaufene anzeigen',
    ) as KolHost;
    act(() => past._on?.onInput?.(new Event('input'), true));
    expect(await screen.findByText(/aufgehoben von aussteller-soest/)).toBeTruthy();
    expect(requestedPaths(fetch).some((p) => p.startsWith(SANCTIONS) && p.includes('active=false'))).toBe(true);
  });

  it('lists the sanctions of all channels for admins', async () => {
    const fetch = mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.admin };
      if (url.pathname === '/api/chat/unread') return { body: [] };
      if (url.pathname === '/api/chat/moderation/reports') return { body: page([]) };
      if (url.pathname === '/api/chat/moderation/log') return { body: page([]) };
      if (url.pathname === SANCTIONS) return { body: page([{ ...sanction, channel: null, kind: 'ban', expiresAt: null }]) };
      return undefined;
    });
    renderRoute('/verwaltung/chat', { auth: authenticated('kdn-admin') });
    expect(await screen.findByText('alle Kanäle')).toBeTruthy();
    expect(screen.getByText('bis zur Aufhebung')).toBeTruthy();
    expect(requestedPaths(fetch).find((p) => p.startsWith(SANCTIONS))).toBe(`${SANCTIONS}?active=true&page=0&size=20`);
  });
});

describe('unread conversations', () => {
  const server = useFakeChatServer();

  function backend(unread: { channel: string; unread: number }[]) {
    return mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.visitor };
      if (url.pathname === `/api/booths/${SLUG}`) return { body: boothDetail };
      if (url.pathname === '/api/chat/unread') return { body: unread.map((u) => ({ ...u, head: 9, lastReadSeq: 1 })) };
      if (url.pathname === '/api/chat/conversations') return { body: [conversation, { ...conversation, id: 18, channel: 'dm:18', exhibitorName: 'Stadt Werl', status: 'closed', unread: 0 }] };
      return undefined;
    });
  }

  it('shows the unread messages of private conversations next to "Meine Gespräche", not as a live region', async () => {
    backend([
      { channel: 'dm:17', unread: 2 },
      { channel: 'dm:18', unread: 1 },
      { channel: 'booth:kreis-soest-umzug', unread: 5 },
    ]);
    const { container } = renderRoute('/gespraeche', { auth: authenticated() });
    const badge = await waitFor(() => {
      const found = container.querySelector('.main-nav .unread-badge');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(badge.textContent).toBe('3, 3 ungelesene Nachrichten');
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe('3');
    expect(badge.closest('[aria-live]')).toBeNull();
    expect(badge.closest('kol-link')?.getAttribute('_href')).toBe('/gespraeche');
  });

  it('shows no badge without unread messages', async () => {
    const fetch = backend([{ channel: 'dm:17', unread: 0 }]);
    const { container } = renderRoute('/gespraeche', { auth: authenticated() });
    await waitFor(() => expect(requestedPaths(fetch)).toContain('/api/chat/unread'));
    await findKolHeading(container, 'Kreis Soest', 2);
    expect(container.querySelector('.unread-badge')).toBeNull();
  });

  it('asks again for the unread count when a message arrives on the open connection', async () => {
    const fetch = backend([{ channel: 'dm:17', unread: 1 }]);
    renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(requestedPaths(fetch).filter((p) => p === '/api/chat/unread')).toHaveLength(1));
    act(() => server.socket.push({ type: 'message', channel: 'dm:17', message: message(5, 'Neu') }));
    await waitFor(() => expect(requestedPaths(fetch).filter((p) => p === '/api/chat/unread').length).toBeGreaterThan(1));
  });

  it('asks again for the unread count at once when a reply arrives in a conversation this page has not joined', async () => {
    const fetch = backend([{ channel: 'dm:17', unread: 1 }]);
    renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(requestedPaths(fetch).filter((p) => p === '/api/chat/unread')).toHaveLength(1));
    // the staff's reply reaches this tab only as the notification centre's frame (dm:17 is not joined here)
    act(() => server.socket.push({ type: 'notification', at: '2026-12-07T10:00:00Z' }));
    await waitFor(() => expect(requestedPaths(fetch).filter((p) => p === '/api/chat/unread').length).toBeGreaterThan(1), { timeout: 2000 });
  });

  it('asks again for notifications and the unread count when the connection comes back after a loss', async () => {
    const fetch = backend([{ channel: 'dm:17', unread: 1 }]);
    renderRoute(`/stand/${SLUG}`, { auth: authenticated() });
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    const count = (path: string) => requestedPaths(fetch).filter((p) => p === path).length;
    await waitFor(() => expect(count('/api/chat/unread')).toBe(1));
    await waitFor(() => expect(count('/api/me/notifications')).toBe(1));
    // a frame the server sent while the connection was away never arrives: the counts are read afresh instead
    act(() => server.socket.drop());
    await waitFor(() => expect(server.sockets).toHaveLength(2), { timeout: 3000 });
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(count('/api/me/notifications')).toBe(2), { timeout: 2000 });
    await waitFor(() => expect(count('/api/chat/unread')).toBe(2), { timeout: 2000 });
  });

  it('lists the conversations with booth, status, unread count and a link to each', async () => {
    backend([]);
    const { container } = renderRoute('/gespraeche', { auth: authenticated() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Gespräche' })).toBeTruthy();
    await findKolHeading(container, 'Kreis Soest', 2);
    await findKolHeading(container, 'Stadt Werl', 2);
    expect(screen.getByText('2 ungelesen')).toBeTruthy();
    expect(screen.getByText('geschlossen')).toBeTruthy();
    const links = [...container.querySelectorAll('.my-conversations kol-link-button')].map((l) => [l.getAttribute('_label'), l.getAttribute('_href')]);
    expect(links).toEqual([
      ['Gespräch mit Kreis Soest öffnen', '/gespraeche/17'],
      ['Gespräch mit Stadt Werl öffnen', '/gespraeche/18'],
    ]);
  });

  it('opens one conversation from its link', async () => {
    backend([]);
    renderRoute('/gespraeche/17', { auth: authenticated() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Gespräch zum Stand Digitaler Umzugsservice' })).toBeTruthy();
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('besucher'));
    await waitFor(() => expect(server.socket.ofType('subscribe').map((s) => s.channel)).toContain('dm:17'));
  });

  it('says when a conversation is not the visitor\'s', async () => {
    backend([]);
    renderRoute('/gespraeche/99', { auth: authenticated() });
    expect(await screen.findByText('Dieses Gespräch gibt es nicht oder es gehört nicht zu Ihnen.')).toBeTruthy();
  });
});
