import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stageView, talk } from '../fixtures.test-data';
import { mockFetch, renderRoute } from '../../../test/render';

describe('StagePage', () => {
  it('shows the live state with the pause message, the player place and the current and next talk', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/stages/hauptbuehne') {
        return {
          body: stageView({
            live: { state: 'paused', message: 'Weiter um 11:15 Uhr', changedAt: '2026-11-26T10:00:00Z' },
            current: talk(1, '10:30', '11:00', { title: 'Der laufende Beitrag' }),
            next: talk(2, '11:15', '11:45', { title: 'Der nächste Beitrag' }),
          }),
        };
      }
      if (url.pathname.startsWith('/api/talks/1/')) return { body: [] };
      return undefined;
    });
    const { container } = renderRoute('/buehne/hauptbuehne', { auth: { status: 'anonymous' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hauptbühne' })).toBeTruthy();
    expect(screen.getByText('Pause')).toBeTruthy();
    expect(screen.getByText('Weiter um 11:15 Uhr')).toBeTruthy();
    expect(screen.getByText('seit 11:00 Uhr')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Der laufende Beitrag' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Der nächste Beitrag' })).toBeTruthy();
    // The layout's player is moved into the page's slot.
    expect(await screen.findByRole('group', { name: 'Wiedergabe: Hauptbühne' })).toBeTruthy();
    expect(container.querySelector('.player-slot video')).not.toBeNull();
  });

  it('says when a stage has no broadcast yet', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/stages/forum') {
        return { body: stageView({ key: 'forum', name: 'Fachforum', stream: { kind: 'none', url: null, provider: null, captionsUrl: null, captionsWaiver: null } }) };
      }
      return undefined;
    });
    renderRoute('/buehne/forum', { auth: { status: 'anonymous' } });
    expect(await screen.findByText('Für diese Bühne ist noch keine Übertragung eingerichtet.')).toBeTruthy();
  });
});
