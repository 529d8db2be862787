import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hallBackend } from '../../../test/hallBackend';
import { mockFetch, renderRoute, requestedPaths } from '../../../test/render';
import { boothCard, boothPage } from '../../../test/fixtures';

describe('HallPage', () => {
  it('asks the API for the filter in the URL and shows the booth cards', async () => {
    const fetchMock = hallBackend();

    const { container } = renderRoute('/halle?topic=bauen-wohnen&day=4&q=Umzug&page=2');

    expect(await screen.findByText('25 Messestände gefunden. Seite 2 von 2.')).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/booths?page=1&size=24&topic=bauen-wohnen&day=4&q=Umzug');
    const card = container.querySelector('kol-card[_label="Digitaler Umzugsservice"]');
    expect(card).not.toBeNull();
    expect(card?.textContent).toContain('Kreis Soest');
    expect(card?.textContent).toContain('Kreis'); // exhibitor type, translated
    expect(card?.textContent).toContain('Bauen & Wohnen');
    expect(container.querySelector('kol-link[_href="/stand/kreis-soest-umzug"]')).not.toBeNull();
    expect(container.querySelector('kol-badge[_label="Empfohlen"]')).not.toBeNull();
    expect(document.title).toBe('Messehalle – Kommunalmesse');
  });

  it('folds the filters beyond the search behind a button that counts the chosen ones', async () => {
    hallBackend();
    const { container } = renderRoute('/halle?topic=bauen-wohnen&day=4&q=Umzug');

    const toggle = await screen.findByRole('button', { name: 'Filter und Sortierung (2 gesetzt)' });
    const more = container.querySelector('#hall-filters-more')!;
    expect(toggle.getAttribute('aria-controls')).toBe('hall-filters-more');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(more.querySelector('kol-select[_label="Themenfeld"]')).not.toBeNull();
    // The search stays outside, in view
    expect(more.querySelector('kol-input-text')).toBeNull();
    expect(more.className).toBe('hall-filters__more');

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(more.className).toBe('hall-filters__more is-open');
  });

  it('announces the result count in a polite live region', async () => {
    hallBackend();

    renderRoute('/halle');

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('25 Messestände gefunden.'));
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('says so when nothing matches', async () => {
    hallBackend({ items: [], page: 0, size: 24, totalItems: 0, totalPages: 0 });

    renderRoute('/halle?q=gibtsnicht');

    expect(await screen.findByText(/Keine Messestände passen zu Ihrer Auswahl/)).toBeTruthy();
  });

  it('says which corrected search ran when the typed one found nothing', async () => {
    const fetchMock = hallBackend({ ...boothPage, totalItems: 1, totalPages: 1, didYouMean: 'umzug' });

    renderRoute('/halle?q=umzgu&region=soest&orgType=kreis&maturity=produktiv&reuseModel=efa&sort=name');

    expect(await screen.findByText('Ergebnisse für „umzug“')).toBeTruthy();
    expect(screen.getByText('(für „umzgu“ gab es keine Treffer)')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Keine Treffer für „umzgu“, stattdessen Ergebnisse für „umzug“. 1 Messestand gefunden.',
      ),
    );
    // Seen once, in the line below the status; the status says it for screen readers only
    expect(screen.getByRole('status').querySelector('.visually-hidden')?.textContent).toBe(
      'Keine Treffer für „umzgu“, stattdessen Ergebnisse für „umzug“. ',
    );
    expect(requestedPaths(fetchMock)).toContain(
      '/api/booths?page=0&size=24&region=soest&orgType=kreis&maturity=produktiv&reuseModel=efa&q=umzgu&sort=name',
    );
  });

  it('offers the five host regions of the event days plus "Weitere Regionen"', async () => {
    hallBackend();
    const { container } = renderRoute('/halle');
    await screen.findByText(/Messestände gefunden/);
    await waitFor(() => {
      const region = [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Region') as unknown as {
        _options: { label: string; value: string }[];
      };
      expect(region._options.map((o) => o.value)).toEqual(['', 'soest', 'other']);
      expect(region._options.at(-1)?.label).toBe('Weitere Regionen');
    });
  });

  it('shows an error alert when the backend fails', async () => {
    mockFetch((url) =>
      url.pathname === '/api/booths'
        ? { status: 500, body: { title: 'Internal Server Error', status: 500 }, contentType: 'application/problem+json' }
        : { body: [] },
    );

    const { container } = renderRoute('/halle');

    await waitFor(() => expect(container.querySelector('kol-alert[_type="error"]')).not.toBeNull());
    expect(container.querySelector('kol-alert')?.textContent).toContain('Fehlercode 500');
  });

  it('sizes the tiles as placed: a large tile spans two columns, a small one leaves out the topic fields', async () => {
    hallBackend({
      ...boothPage,
      items: [
        boothCard,
        { ...boothCard, slug: 'klein', name: 'Kleiner Stand', featured: false, tileSize: 'small' },
        { ...boothCard, slug: 'mittel', name: 'Mittlerer Stand', featured: false, tileSize: 'medium' },
      ],
    });

    const { container } = renderRoute('/halle');

    await screen.findByText(/Messestände gefunden/);
    const tile = (name: string) => container.querySelector(`kol-card[_label="${name}"]`)?.closest('li');
    expect(tile('Digitaler Umzugsservice')?.className).toBe('booth-tile booth-tile--large booth-tile--featured');
    expect(tile('Kleiner Stand')?.className).toBe('booth-tile booth-tile--small');
    expect(tile('Kleiner Stand')?.textContent).not.toContain('Bauen & Wohnen');
    expect(tile('Mittlerer Stand')?.className).toBe('booth-tile booth-tile--medium');
    expect(tile('Mittlerer Stand')?.textContent).toContain('Bauen & Wohnen');
  });

  it('shows the logo on a booth card, with the booth named in its alternative text', async () => {
    hallBackend({
      ...boothPage,
      items: [
        { ...boothCard, logoUrl: '/api/booths/kreis-soest-umzug/materials/7' },
        { ...boothCard, slug: 'ohne-logo', name: 'Ohne Logo', logoUrl: null },
      ],
    });

    const { container } = renderRoute('/halle');

    const logo = await screen.findByRole('img', { name: 'Logo: Digitaler Umzugsservice' });
    expect(logo.getAttribute('src')).toBe('/api/booths/kreis-soest-umzug/materials/7');
    expect(container.querySelector('kol-card[_label="Ohne Logo"] img')).toBeNull();
  });
});
