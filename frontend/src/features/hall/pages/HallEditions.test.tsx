import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { boothCard } from '../../../test/fixtures';
import { hrefs, kolInput } from '../../../test/kolibri';
import { hallBackend } from '../../../test/hallBackend';
import { renderRoute, requestedPaths } from '../../../test/render';

const acrossEditions = {
  items: [
    { ...boothCard, edition: '2026' },
    { ...boothCard, edition: '2025', featured: false },
  ],
  page: 0,
  size: 24,
  totalItems: 2,
  totalPages: 1,
};

const editionSelect = (container: HTMLElement) =>
  [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Ausgabe') as
    | (Element & { _options: { label: string; value: string }[]; _value: string })
    | undefined;

describe('HallPage across editions', () => {
  it('searches all editions, names each card\'s edition and links it to the booth in its own edition', async () => {
    const fetchMock = hallBackend(acrossEditions, { editions: true });

    const { container } = renderRoute('/halle?editions=all');

    expect(await screen.findByText('2 Messestände gefunden.')).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24&allEditions=true');
    const links = hrefs(container, '.booth-grid kol-link');
    expect(links).toEqual(['/stand/kreis-soest-umzug', '/2025/stand/kreis-soest-umzug']);
    expect(container.querySelector('.booth-grid')?.textContent).toContain('Herbst 2025');
    expect(editionSelect(container)?._value).toBe('all');
  });

  it('offers "Alle Ausgaben" and every edition, and opens another edition\'s hall at its own address', async () => {
    hallBackend(acrossEditions, { editions: true });
    const { container, router } = renderRoute('/halle?q=umzug');
    await screen.findByText(/Messestände gefunden/);
    await waitFor(() => expect(editionSelect(container)).toBeDefined());
    const select = editionSelect(container)!;
    expect(select._options).toEqual([
      { label: 'Alle Ausgaben', value: 'all' },
      { label: 'Herbst 2026 (aktuelle Ausgabe)', value: '2026' },
      { label: 'Herbst 2025', value: '2025' },
    ]);
    expect(select._value).toBe('2026');

    kolInput(select, '2025');
    container.querySelector<HTMLFormElement>('form.hall-filters')!.requestSubmit();

    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/2025/halle?q=umzug'));
  });

  it('reads the first page of a named edition\'s hall at the address the server preloads (SpaRouting.firstData)', async () => {
    const fetchMock = hallBackend(acrossEditions, { editions: true });
    renderRoute('/2025/halle');
    await screen.findByText(/Messestände gefunden/);
    expect(requestedPaths(fetchMock)).toContain('/api/booths?page=0&size=24&edition=2025');
  });
});
