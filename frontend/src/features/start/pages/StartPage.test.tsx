import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TalkSummary } from '../../../shared/api';
import { fair } from '../../../test/fixtures';
import { mockFetch, renderRoute } from '../../../test/render';

const talk: TalkSummary = {
  id: 12,
  edition: '2026',
  title: 'Der digitale Bauantrag',
  type: 'fachbeitrag',
  start: '2026-11-23T10:00:00+01:00',
  end: '2026-11-23T10:30:00+01:00',
  eventDayId: 1,
  stage: { key: 'hauptbuehne', name: 'Hauptbühne' },
  topicField: null,
  speakers: [{ name: 'Erika Muster', organisation: 'Stadt Paderborn', role: 'CDO' }],
};

describe('StartPage', () => {
  it('shows the series, its event days and the empty live state', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/fair') return { body: fair };
      if (url.pathname === '/api/programme/now') return { body: { live: [], next: [talk] } };
      return undefined;
    });

    const { container } = renderRoute('/');

    expect(await screen.findByRole('heading', { level: 1, name: fair.title })).toBeTruthy();
    expect(screen.getByText(fair.subtitle)).toBeTruthy();
    expect(screen.getByText('Donnerstag, 26. November 2026')).toBeTruthy();
    expect(await screen.findByText('Gerade läuft kein Beitrag.')).toBeTruthy();
    // The next talk's title is a heading that links to its talk page.
    const title = screen.getByRole('heading', { level: 3, name: 'Der digitale Bauantrag' });
    expect(title.querySelector('kol-link')?.getAttribute('_href')).toMatch(/^\/vortrag\/\d+$/);
    expect(screen.getByText(/10:00–10:30 Uhr/)).toBeTruthy();
    expect(screen.getByText(/Fachbeitrag/)).toBeTruthy();
    expect(container.querySelector('kol-link-button[_href="/halle"]')).not.toBeNull();
    expect(document.title).toBe('Start – Kommunalmesse');
  });
});
