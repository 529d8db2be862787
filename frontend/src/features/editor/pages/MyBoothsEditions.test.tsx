import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EditorBooth } from '../../../shared/api';
import { editorBooth } from '../../../test/fixtures';
import { edition2025, edition2026 } from '../../../test/editions.test-data';
import { click, kolInput } from '../../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

const old = editorBooth({ edition: '2025', archived: true, editingEnabled: false });

function backend(booths: EditorBooth[], carryOver?: { status: number; body: unknown; contentType?: string }) {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.exhibitor };
    if (url.pathname === '/api/editions') return { body: [edition2026, edition2025] };
    if (url.pathname === '/api/my/booths') return { body: booths };
    if (url.pathname === '/api/my/exhibitors') return { body: [old.exhibitor] };
    if (url.pathname === '/api/booths/kreis-soest-umzug/carry-over' && init?.method === 'POST') {
      return carryOver ?? { status: 201, body: { slug: 'kreis-soest-umzug', edition: '2026' } };
    }
    if (url.pathname.endsWith('/draft')) return { body: {} };
    return undefined;
  });
}

describe('MyBoothsPage with editions', () => {
  it('groups the booths by edition; an archived booth is read-only and can be carried into the current edition', async () => {
    const fetchMock = backend([old]);
    const { container, router } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });

    expect(await screen.findByText('Diese Ausgabe ist archiviert: ihre Stände bleiben lesbar, aber unveränderlich.')).toBeTruthy();
    expect(container.querySelector('kol-heading[_label="Herbst 2025"]')).not.toBeNull();
    const view = container.querySelector('kol-link-button[_label="Ansehen: Digitaler Umzugsservice"]');
    expect(view?.getAttribute('_href')).toBe('/2025/mein-stand/kreis-soest-umzug/bearbeiten');
    // The new-booth form belongs to the current edition, which is not in archive mode
    expect(container.querySelector('.new-booth')).not.toBeNull();

    click(container, 'Stand in Herbst 2026 übernehmen');

    await waitFor(() => expect(router.state.location.pathname).toBe('/mein-stand/kreis-soest-umzug/bearbeiten'));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(post?.[0])).toBe('/api/booths/kreis-soest-umzug/carry-over?edition=2025');
    expect(writes(fetchMock)).toEqual([{ request: 'POST /api/booths/kreis-soest-umzug/carry-over', body: { edition: '2026' } }]);
  });

  it('offers no carry-over once the booth is in the later edition', async () => {
    backend([editorBooth({ edition: '2026' }), old]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });

    await waitFor(() => expect(container.querySelector('kol-heading[_label="Herbst 2026 (aktuelle Ausgabe)"]')).not.toBeNull());
    expect(container.querySelectorAll('kol-button[_label="Stand in Herbst 2026 übernehmen"]')).toHaveLength(0);
    expect(container.querySelector('kol-link-button[_label="Bearbeiten: Digitaler Umzugsservice"]')?.getAttribute('_href')).toBe(
      '/mein-stand/kreis-soest-umzug/bearbeiten',
    );
  });

  it('says why a carry-over was refused', async () => {
    backend([old], {
      status: 409,
      contentType: 'application/problem+json',
      body: { status: 409, title: 'Konflikt', detail: '„Kreis Soest“ nimmt an der Ausgabe „Herbst 2026“ nicht teil.' },
    });
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    await screen.findByText(/Diese Ausgabe ist archiviert/);

    click(container, 'Stand in Herbst 2026 übernehmen');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Der Stand konnte nicht übernommen werden. „Kreis Soest“ nimmt an der Ausgabe „Herbst 2026“ nicht teil.',
    );
  });

  it('creates a new booth in an edition in preparation when the exhibitor chooses it', async () => {
    const next = { ...edition2026, slug: '2027', title: 'Herbst 2027', startsOn: '2027-11-22', endsOn: '2027-11-26', state: 'preparation' as const, current: false };
    const fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/me') return { body: ME.exhibitor };
      if (url.pathname === '/api/editions') return { body: [next, edition2026, edition2025] };
      if (url.pathname === '/api/my/booths') return { body: [editorBooth({ edition: '2026' })] };
      if (url.pathname === '/api/my/exhibitors') return { body: [old.exhibitor] };
      if (url.pathname === `/api/exhibitors/${old.exhibitor.slug}/booths` && init?.method === 'POST') {
        return { status: 201, body: { slug: 'digitale-schule', edition: '2027' } };
      }
      if (url.pathname.endsWith('/draft')) return { body: {} };
      return undefined;
    });
    const { container, router } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    const form = await waitFor(() => {
      const found = container.querySelector<HTMLFormElement>('.new-booth-form');
      expect(found?.querySelector('kol-select[_label="Ausgabe"]')).toBeTruthy();
      return found!;
    });
    const select = form.querySelector('kol-select[_label="Ausgabe"]') as Element & { _options: { value: string }[]; _value: string };
    // Archived editions take no new booths; the page's (current) edition comes first
    expect(select._options.map((o) => o.value)).toEqual(['2027', '2026']);
    expect(select._value).toBe('2026');

    kolInput(select, '2027');
    kolInput(form.querySelector('kol-input-text[_label="Name des Stands"]'), 'Digitale Schule');
    form.requestSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/2027/mein-stand/digitale-schule/bearbeiten'));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(String(post?.[0])).toBe(`/api/exhibitors/${old.exhibitor.slug}/booths?edition=2027`);
  });
});
