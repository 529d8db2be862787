import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_COMPARED, toggleCompared } from '../../shared/booth/compareSelection';
import { boothDetail } from '../../test/fixtures';
import { click } from '../../test/kolibri';
import { mockFetch, renderRoute } from '../../test/render';

const KEY = boothDetail.services[0].key;

describe('comparing services', () => {
  afterEach(() => window.localStorage.clear());

  it('takes at most four services and takes one out again', () => {
    let list = [] as ReturnType<typeof toggleCompared> & object;
    for (let i = 0; i < MAX_COMPARED; i++) list = toggleCompared(list, { edition: '2026', slug: `s${i}`, key: 'k' })!;
    expect(list).toHaveLength(4);
    expect(toggleCompared(list, { edition: '2026', slug: 's9', key: 'k' })).toBeNull();
    expect(toggleCompared(list, { edition: '2026', slug: 's1', key: 'k' })).toHaveLength(3);
  });

  it('shows the chosen services side by side with their reuse facts', async () => {
    window.localStorage.setItem('kommunalmesse.compare', JSON.stringify([{ edition: '2026', slug: 'kreis-soest-umzug', key: KEY }]));
    mockFetch((url) => (url.pathname === '/api/booths/kreis-soest-umzug' ? { body: boothDetail } : undefined));
    const { container } = renderRoute('/vergleich');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dienste vergleichen' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Umzugsportal' })).toBeTruthy());
    expect(screen.getByRole('row', { name: /OZG-Reifegrad/ }).textContent).toContain('Stufe 3 – Online-Leistung');
    expect(screen.getByRole('row', { name: /Bestätigte Nachnutzung/ }).textContent).toContain('Gemeinde Möhnesee (2026)');
    click(container, 'Aus dem Vergleich nehmen: Umzugsportal');
    await waitFor(() => expect(container.textContent).toContain('Noch kein Dienst gewählt.'));
  });

  it('adds a service from the booth page', async () => {
    mockFetch((url) => (url.pathname === '/api/booths/kreis-soest-umzug' ? { body: { ...boothDetail, edition: '2026' } } : undefined));
    const { container } = renderRoute('/stand/kreis-soest-umzug', { auth: { status: 'anonymous' } });
    await waitFor(() => expect(container.querySelector('kol-button[_label="Vergleichen: Umzugsportal"]')).not.toBeNull());
    click(container, 'Vergleichen: Umzugsportal');
    await waitFor(() => expect(container.querySelector('kol-link[_label="Vergleich ansehen (1)"], kol-link-button[_label="Vergleich ansehen (1)"]')).not.toBeNull());
    expect(JSON.parse(window.localStorage.getItem('kommunalmesse.compare')!)).toEqual([{ edition: '2026', slug: 'kreis-soest-umzug', key: KEY }]);
  });
});
