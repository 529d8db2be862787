import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatWaiting } from './api/chatRest';
import { conversation } from '../../test/fixtures';
import { useFakeChatServer } from '../../test/fakeSocket';
import { authenticated, ME, mockApi, renderRoute, requestedPaths } from '../../test/render';

const SLUG = 'kreis-soest-umzug';
const WAITING = '/api/chat/conversations/waiting';

describe('waiting conversations in the header of staff', () => {
  const server = useFakeChatServer();

  function backend(me: object, waiting: { now: ChatWaiting[] }) {
    return mockApi(
      {
        '/api/me': me,
        '/api/my/booths': [{ slug: SLUG, name: 'Digitaler Umzugsservice', published: true }],
        '/api/chat/conversations': [],
        '/api/chat/unread': [],
      },
      (url) => (url.pathname === WAITING ? { body: waiting.now } : undefined),
    );
  }

  const link = (container: HTMLElement) => container.querySelector('[data-testid="waiting-conversations"] kol-link');

  it('shows a new conversation at the booth without reload: the count, the link to the console, one announcement', async () => {
    const waiting = { now: [] as ChatWaiting[] };
    const fetch = backend(ME.exhibitor, waiting);
    const { container } = renderRoute('/gespraeche', { auth: authenticated('aussteller-soest') });
    await waitFor(() => expect(requestedPaths(fetch)).toContain(WAITING));
    expect(link(container)).toBeNull();
    const status = container.querySelector('[data-testid="waiting-conversations"] [role="status"]');
    expect(status?.textContent).toBe('');

    await waitFor(() => expect(server.sockets).toHaveLength(1));
    act(() => server.socket.welcome('aussteller-soest'));
    // On duty, the console's frame for a booth conversation reaches the tab on any page
    waiting.now = [{ booth: `2026/${SLUG}`, slug: SLUG, boothName: 'Digitaler Umzugsservice', waiting: 1 }];
    act(() => server.socket.push({ type: 'conversation', conversation: { ...conversation, id: 18, visitorName: 'Olaf Neu' }, lastSeq: null }));

    const shown = await waitFor(() => {
      const found = link(container);
      expect(found).not.toBeNull();
      return found!;
    });
    expect(shown.getAttribute('_href')).toBe(`/mein-stand/${SLUG}/chat`);
    expect(shown.textContent).toBe('Wartende Gespräche am Stand Digitaler Umzugsservice1, 1 Gespräch wartet auf Ihr Team');
    const badge = container.querySelector('[data-testid="waiting-conversations"] .unread-badge');
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('1');
    expect(badge?.closest('[aria-live], [role="status"]')).toBeNull();
    await waitFor(() => expect(status?.textContent).toBe('Neues Gespräch an Ihrem Stand: 1 wartet auf Ihr Team.'));

    // Claimed by a colleague: the next frame takes the count down, and the link goes away without an announcement
    waiting.now = [];
    act(() => server.socket.push({ type: 'conversation', conversation: { ...conversation, id: 18, handlerName: 'Sven Sörensen' }, lastSeq: null }));
    await waitFor(() => expect(link(container)).toBeNull());
    expect(status?.textContent).toBe('Neues Gespräch an Ihrem Stand: 1 wartet auf Ihr Team.');
  });

  it('links to "Meine Messestände" when conversations wait at several booths', async () => {
    const waiting = {
      now: [
        { booth: `2026/${SLUG}`, slug: SLUG, boothName: 'Digitaler Umzugsservice', waiting: 2 },
        { booth: '2026/kreis-soest-kfz', slug: 'kreis-soest-kfz', boothName: 'Kfz online', waiting: 1 },
      ],
    };
    backend(ME.exhibitor, waiting);
    const { container } = renderRoute('/gespraeche', { auth: authenticated('aussteller-soest') });
    const shown = await waitFor(() => {
      const found = link(container);
      expect(found).not.toBeNull();
      return found!;
    });
    expect(shown.getAttribute('_href')).toBe('/mein-stand');
    expect(shown.textContent).toBe('Wartende Gespräche3, 3 Gespräche warten auf Ihr Team');
    expect(container.querySelector('[data-testid="waiting-conversations"] .unread-badge [aria-hidden="true"]')?.textContent).toBe('3');
  });

  it('is not asked for by visitors, who staff no booth', async () => {
    const fetch = backend(ME.visitor, { now: [] });
    const { container } = renderRoute('/gespraeche', { auth: authenticated() });
    await waitFor(() => expect(requestedPaths(fetch)).toContain('/api/chat/unread'));
    expect(requestedPaths(fetch)).not.toContain(WAITING);
    expect(container.querySelector('[data-testid="waiting-conversations"]')).toBeNull();
  });
});
