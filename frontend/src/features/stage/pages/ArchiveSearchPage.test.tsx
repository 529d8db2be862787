import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editions } from '../../../test/editions.test-data';
import { hrefs, kolInput } from '../../../test/kolibri';
import { mockFetch, renderRoute, requestedPaths } from '../../../test/render';
import { talk } from '../fixtures.test-data';

const archive = [
  { talk: talk(7, '10:00', '10:30', { edition: '2026', title: 'Umzug digital' }), recordingUrl: null, materials: [], faq: [] },
  {
    talk: talk(3, '11:00', '11:30', { edition: '2025', title: 'Bauantrag online' }),
    recordingUrl: '/media/demo/buehne.m3u8',
    materials: [],
    faq: [{ questionId: 1, question: 'Kostet das etwas?', answer: 'Nein.' }],
  },
];

function backend() {
  return mockFetch((url) => {
    if (url.pathname === '/api/editions') return { body: editions };
    if (url.pathname === '/api/archive') return { body: url.searchParams.get('edition') === '2025' ? [archive[1]] : archive };
    return undefined;
  });
}

describe('ArchiveSearchPage', () => {
  it('searches the archive of all editions, names each talk\'s edition and links it into its own edition', async () => {
    const fetchMock = backend();

    const { container } = renderRoute('/archiv?q=digital');

    expect(await screen.findByText('2 Beiträge')).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/archive?allEditions=true&q=digital');
    const links = hrefs(container, '.archive-list .talk-card kol-link');
    expect(links).toEqual(['/vortrag/7', '/2025/vortrag/3']);
    expect(container.querySelector('.archive-list')?.textContent).toContain('Ausgabe: Herbst 2025');
  });

  it('narrows the search to one edition from the edition filter', async () => {
    const fetchMock = backend();
    const { container, router } = renderRoute('/archiv');
    await screen.findByText('2 Beiträge');
    const select = [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Ausgabe')!;
    await waitFor(() => expect((select as unknown as { _options: unknown[] })._options).toHaveLength(3));

    kolInput(select, '2025');
    container.querySelector<HTMLFormElement>('form.archive-search')!.requestSubmit();

    await waitFor(() => expect(router.state.location.search).toBe('?ausgabe=2025'));
    expect(await screen.findByText('1 Beitrag')).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain('/api/archive?edition=2025');
  });
});
