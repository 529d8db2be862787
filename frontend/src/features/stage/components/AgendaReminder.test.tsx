import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fair } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute } from '../../../test/render';
import { talk } from '../fixtures.test-data';

describe('AgendaReminder', () => {
  it('shows a banner and announces it politely when a saved talk starts while the app is open', async () => {
    const soon = talk(5, '10:00', '10:30', {
      title: 'Gleich geht es los',
      start: new Date(Date.now() + 1500).toISOString(),
      end: new Date(Date.now() + 1_800_000).toISOString(),
    });
    const earlier = talk(6, '09:00', '09:30', {
      title: 'Schon angefangen',
      start: new Date(Date.now() - 600_000).toISOString(),
      end: new Date(Date.now() + 600_000).toISOString(),
    });
    mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.visitor };
      if (url.pathname === '/api/me/agenda') return { body: [earlier, soon] };
      if (url.pathname === '/api/fair') return { body: fair };
      if (url.pathname === '/api/programme/now') return { body: { live: [], next: [] } };
      return undefined;
    });
    const { container } = renderRoute('/', { auth: authenticated('besucher') });

    expect(await screen.findByText('Gleich geht es los', { selector: '.reminder-banner span' }, { timeout: 5000 })).toBeTruthy();
    const region = container.querySelector('[aria-live="polite"].visually-hidden');
    expect(region?.textContent).toBe('Jetzt beginnt ein Beitrag aus Ihrer Agenda: Gleich geht es los.');
    // A talk that had started before the app was opened is not announced afterwards.
    expect(screen.queryByText('Schon angefangen', { selector: '.reminder-banner span' })).toBeNull();
    expect(container.querySelector('.reminder-banner kol-link[_href="/buehne/hauptbuehne"]')).not.toBeNull();
  });
});
