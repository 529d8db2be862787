import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EditorBooth, ExhibitorRef } from '../../../shared/api';
import { editorBooth } from '../../../test/fixtures';
import { authenticated, ME, mockFetch, renderRoute } from '../../../test/render';

const booth = editorBooth();

const soest: ExhibitorRef = { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' };
const werl: ExhibitorRef = { slug: 'stadt-werl', name: 'Stadt Werl', type: 'kommune' };

function backend(booths: EditorBooth[], exhibitors: ExhibitorRef[]) {
  return mockFetch((url) => {
    if (url.pathname === '/api/me') return { body: ME.exhibitor };
    if (url.pathname === '/api/my/booths') return { body: booths };
    if (url.pathname === '/api/my/exhibitors') return { body: exhibitors };
    return undefined;
  });
}

type KolSelect = Element & { _options?: { label: string; value: string }[] };

describe('MyBoothsPage', () => {
  it('offers every exhibitor the user staffs for a new booth, also those without a booth yet', async () => {
    const fetchMock = backend([booth], [soest, werl]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });

    await waitFor(() => expect(container.querySelector('.new-booth kol-select')).not.toBeNull());
    const select = container.querySelector('.new-booth kol-select') as KolSelect;
    expect(select._options?.map((o) => o.value)).toEqual(['kreis-soest', 'stadt-werl']);
    expect(select._options?.map((o) => o.label)).toEqual(['Kreis Soest', 'Stadt Werl']);
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/api/my/exhibitors'))).toBe(true);
  });

  it('explains that an exhibitor must be assigned before booths can be created', async () => {
    backend([], []);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    expect(await screen.findByText(/Sie sind noch keinem Aussteller zugeordnet/)).toBeTruthy();
    expect(container.querySelector('.new-booth-form')).toBeNull();
  });

  it('explains archive mode, offers to view instead of edit, and hides the new-booth form', async () => {
    backend([{ ...booth, editingEnabled: false }], [soest]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });

    expect(await screen.findByText(/Die Messe ist im Archivmodus/)).toBeTruthy();
    expect(container.querySelector('kol-alert[_label="Archivmodus: Bearbeitung geschlossen"]')).not.toBeNull();
    expect(container.querySelector('kol-link-button[_label="Ansehen: Digitaler Umzugsservice"]')).not.toBeNull();
    expect(container.querySelector('kol-link-button[_label="Bearbeiten: Digitaler Umzugsservice"]')).toBeNull();
    expect(container.querySelector('.new-booth')).toBeNull();
  });

  it('offers editing while archive mode is off', async () => {
    backend([booth], [soest]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    await waitFor(() =>
      expect(container.querySelector('kol-link-button[_label="Bearbeiten: Digitaler Umzugsservice"]')).not.toBeNull(),
    );
    expect(screen.queryByText(/Die Messe ist im Archivmodus/)).toBeNull();
  });

  it('offers booth staff who do not lead the team to view the booth, without an archive notice', async () => {
    backend([{ ...booth, contentEditor: false }], [soest]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    await waitFor(() =>
      expect(container.querySelector('kol-link-button[_label="Ansehen: Digitaler Umzugsservice"]')).not.toBeNull(),
    );
    expect(container.querySelector('kol-link-button[_label="Bearbeiten: Digitaler Umzugsservice"]')).toBeNull();
    expect(screen.queryByText(/Die Messe ist im Archivmodus/)).toBeNull();
  });

  it('links each booth to its chat console', async () => {
    backend([booth], [soest]);
    const { container } = renderRoute('/mein-stand', { auth: authenticated('aussteller-soest') });
    await waitFor(() => expect(container.querySelector('kol-link[_href="/mein-stand/kreis-soest-umzug/chat"]')).not.toBeNull());
  });
});
