import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boothPage } from '../../test/fixtures';
import { hallBackend } from '../../test/hallBackend';
import { renderRoute, requestedPaths } from '../../test/render';

const hrefs = (root: Element | null) => [...(root?.querySelectorAll('kol-link') ?? [])].map((l) => [l.getAttribute('_label'), l.getAttribute('_href')]);

describe('editions in the app shell', () => {
  it('shows the edition of the address, tells that it is an archive and links back to the current one', async () => {
    const fetchMock = hallBackend(boothPage, { editions: true });

    const { container } = renderRoute('/2025/halle');

    expect(await screen.findByText(/Sie sehen das Archiv der Ausgabe „Herbst 2025“\./)).toBeTruthy();
    expect(container.querySelector('.edition-notice kol-link[_label="Zur aktuellen Ausgabe"]')?.getAttribute('_href')).toBe('/halle');
    expect(container.querySelector('.site-header kol-details')?.getAttribute('_label')).toBe('Herbst 2025');
    // The page's own calls carry the edition; the list of editions does not
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24&edition=2025'));
    expect(requestedPaths(fetchMock)).toContain('/api/event-days?edition=2025');
    expect(requestedPaths(fetchMock)).toContain('/api/editions');
    // Links inside the edition keep it; pages of no edition do not get it
    expect(container.querySelector('.main-nav kol-link[_href="/2025/halle"]')).not.toBeNull();
    // (the booths were asked for above; their tiles come with the answer)
    await waitFor(() =>
      expect(container.querySelector('.booth-grid kol-link')?.getAttribute('_href')).toBe('/2025/stand/kreis-soest-umzug'),
    );
    expect(container.querySelector('.site-footer kol-link[_href="/impressum"]')).not.toBeNull();
  });

  it('lists every edition in the header and the footer, the current one marked, staying on the same list', async () => {
    hallBackend(boothPage, { editions: true });

    const { container } = renderRoute('/2025/halle');

    await screen.findByText(/Sie sehen das Archiv/);
    const expected = [
      ['Herbst 2026 (aktuelle Ausgabe)', '/halle'],
      ['Herbst 2025 (Archiv)', '/2025/halle'],
    ];
    expect(hrefs(container.querySelector('.edition-switch'))).toEqual(expected);
    expect(hrefs(container.querySelector('.edition-footer'))).toEqual(expected);
    expect(screen.getByRole('navigation', { name: 'Ausgabe wechseln' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Ausgaben der Messe' })).toBeTruthy();
  });

  it('shows the current edition on plain addresses, without a notice and without an edition parameter', async () => {
    const fetchMock = hallBackend(boothPage, { editions: true });

    const { container } = renderRoute('/halle');

    await waitFor(() => expect(container.querySelector('.site-header kol-details')?.getAttribute('_label')).toBe('Herbst 2026'));
    expect(container.querySelector('.edition-notice')).toBeNull();
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24'));
    expect(requestedPaths(fetchMock).filter((p) => p.includes('edition='))).toEqual([]);
    expect(container.querySelector('.main-nav kol-link[_href="/halle"]')).not.toBeNull();
  });

  it('answers an unknown edition with the not-found page, without asking for its data', async () => {
    const fetchMock = hallBackend(boothPage, { editions: true });

    renderRoute('/1999/halle');

    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();
    expect(document.querySelector('main kol-link[_label="Zur Startseite"]')?.getAttribute('_href')).toBe('/');
    expect(requestedPaths(fetchMock).some((p) => p.startsWith('/api/booths'))).toBe(false);
  });

  it('loads an edition again after switching instead of showing the other one from the cache', async () => {
    const fetchMock = hallBackend(boothPage, { editions: true });
    const { router } = renderRoute('/halle');
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24'));

    await act(() => router.navigate('/2025/halle'));

    await waitFor(() => expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24&edition=2025'));
  });
});
