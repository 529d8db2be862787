import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boothDetail, conversation } from '../../test/fixtures';
import { edition2025, edition2026 } from '../../test/editions.test-data';
import { useFakeChatServer } from '../../test/fakeSocket';
import { authenticated, ME, mockApi, renderRoute, requestedPaths } from '../../test/render';

const SLUG = 'kreis-soest-umzug';

describe('chat of a booth in an edition (protocol version 2)', () => {
  const server = useFakeChatServer();

  it('names the channel and the booth with the edition, and links a conversation to the booth in its edition', async () => {
    const fetchMock = mockApi({
      '/api/editions': [edition2026, edition2025],
      [`/api/booths/${SLUG}`]: { ...boothDetail, edition: '2025' },
      '/api/me': ME.visitor,
      '/api/chat/conversations': [{ ...conversation, booth: `2025/${SLUG}` }],
    });
    const { router, container } = renderRoute(`/2025/stand/${SLUG}`, { auth: authenticated() });
    await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' });
    expect(requestedPaths(fetchMock)).toContain(`/api/booths/${SLUG}?edition=2025`);
    await waitFor(() => expect(server.sockets).toHaveLength(1));
    expect(server.socket.url).toContain('v=2');
    act(() => server.socket.welcome('besucher'));

    await waitFor(() => expect(server.socket.lastOf('subscribe').channel).toBe(`booth:2025/${SLUG}`));
    await waitFor(() => expect(server.socket.ofType('watch')).toEqual([expect.objectContaining({ booth: `2025/${SLUG}` })]));
    act(() => server.socket.push({ type: 'presence', booth: `2025/${SLUG}`, expertsOnline: 3 }));
    expect(await screen.findByText('3 Expertinnen/Experten online')).toBeTruthy();

    await act(() => router.navigate(`/gespraeche/${conversation.id}`));
    await waitFor(() =>
      expect(container.querySelector('kol-link[_href="/2025/stand/kreis-soest-umzug"]')).not.toBeNull(),
    );
  });
});
