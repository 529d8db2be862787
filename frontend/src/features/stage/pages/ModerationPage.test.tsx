import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stageView } from '../fixtures.test-data';
import { eventDay } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute, requestedPaths } from '../../../test/render';

const MODERATOR = { ...ME.visitor, username: 'moderatorin', name: 'Mona Derator', roles: ['visitor', 'moderator'] };

function backend(me: object) {
  return mockFetch((url) => {
    if (url.pathname === '/api/me') return { body: me };
    if (url.pathname === '/api/stages') return { body: [stageView()] };
    if (url.pathname === '/api/event-days') return { body: [eventDay] };
    if (url.pathname === '/api/talks') return { body: [] };
    return undefined;
  });
}

describe('ModerationPage', () => {
  it('refuses visitors', async () => {
    backend(ME.visitor);
    renderRoute('/moderation', { auth: authenticated('besucher') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeTruthy();
  });

  it('lets moderators switch the live state, but not set up streams', async () => {
    const fetchMock = backend(MODERATOR);
    const { container } = renderRoute('/moderation', { auth: authenticated('moderatorin') });
    expect(await screen.findByRole('heading', { level: 3, name: 'Hauptbühne' })).toBeTruthy();
    expect(container.querySelector('kol-select[_label="Status der Hauptbühne"]')).not.toBeNull();
    expect(container.querySelector('kol-button[_label="Status übernehmen"]')).not.toBeNull();
    expect(screen.queryByText('Übertragung einstellen')).toBeNull();
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/talks?day=4'));
  });

  it('gives admins the stream settings too', async () => {
    backend(ME.admin);
    renderRoute('/moderation', { auth: authenticated('kdn-admin') });
    expect(await screen.findByText('Übertragung einstellen')).toBeTruthy();
  });
});
