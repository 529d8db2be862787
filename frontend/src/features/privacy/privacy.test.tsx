import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { click, kolInput } from '../../test/kolibri';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../test/render';
import { exportFile, rowCount, type Consent, type PersonalDataExport } from './api';

const data: PersonalDataExport = {
  exportedAt: '2026-12-07T10:00:00Z',
  profile: ME.visitor,
  areas: {
    booth: {
      bookmarks: [{ booth_id: 12, booth_name: 'Digitaler Umzugsservice', created_at: '2026-12-01T09:00:00Z' }],
      contactRequests: [],
    },
    chat: { messages: [{ channel_id: 'booth:kreis-soest-umzug', seq: 3, body: 'Hallo Standteam', deleted_at: null }] },
  },
};

const consent: Consent = { id: 7, purpose: 'einbettung', subject: 'youtube', textVersion: '2026-12-07', givenAt: '2026-12-02T08:00:00Z' };

function backend() {
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.visitor };
    if (url.pathname === '/api/me/data') return { body: data };
    if (url.pathname === '/api/me/consents') return { body: [consent] };
    if (url.pathname === '/api/me/consents/7/withdraw' && init?.method === 'POST') {
      return { body: { ...consent, withdrawnAt: '2026-12-07T10:05:00Z' } };
    }
    if (url.pathname === '/api/me/erasure' && init?.method === 'POST') {
      return { body: { id: 1, pseudonym: 'geloescht-abc', requestedBy: 'selbst', summary: {}, keycloak: 'geloescht', erasedAt: '2026-12-07T10:06:00Z' } };
    }
    return undefined;
  });
}

describe('Meine Daten', () => {
  it('names the file after the user and the day and counts the rows of an area', () => {
    expect(exportFile(data).name).toBe('kommunalmesse-meine-daten-besucher-2026-12-07.json');
    expect(rowCount(data.areas.booth)).toBe(1);
  });

  it('shows the profile, every area with its sections and the consents, and withdraws one', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/meine-daten', { auth: authenticated() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Daten' })).toBeTruthy();
    await waitFor(() => expect(container.textContent).toContain('Digitaler Umzugsservice'));
    expect(container.textContent).toContain('Bea Sucher');
    expect(container.querySelector('kol-heading[_label="Stände und Kontaktanfragen: 1 Einträge"]')).not.toBeNull();
    expect(container.querySelector('kol-heading[_label="Merkliste (1)"]')).not.toBeNull();
    expect(container.querySelector('kol-heading[_label="Kontaktanfragen (0)"]')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Chat-Nachrichten' }).textContent).toContain('Hallo Standteam');
    await waitFor(() => expect(container.textContent).toContain('Textfassung 2026-12-07'));

    click(container, 'Widerrufen');

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Einwilligung „Videoplayer eines anderen Anbieters“ widerrufen.'));
    expect(writes(fetchMock)).toEqual([{ request: 'POST /api/me/consents/7/withdraw', body: undefined }]);
  });

  it('downloads the export as a JSON file', async () => {
    backend();
    const created = vi.fn((blob: Blob) => {
      expect(blob.type).toBe('application/json');
      return 'blob:meine-daten';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const { container } = renderRoute('/meine-daten', { auth: authenticated() });
    await waitFor(() => expect(container.textContent).toContain('Digitaler Umzugsservice'));

    click(container, 'Meine Daten herunterladen (JSON)');

    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('kommunalmesse-meine-daten-besucher-2026-12-07.json');
  });
});

describe('Konto löschen', () => {
  it('deletes only after the username was typed, then ends the session', async () => {
    const fetchMock = backend();
    const removeUser = vi.fn(async () => {});
    const { container } = renderRoute('/meine-daten/konto-loeschen', {
      auth: { ...authenticated(), userManager: { removeUser } as never },
    });
    await screen.findByRole('heading', { level: 1, name: 'Konto löschen' });
    await waitFor(() => expect(container.querySelector('kol-input-text')?.getAttribute('_hint')).toContain('besucher'));
    const form = container.querySelector('form.delete-account-form') as HTMLFormElement;

    kolInput(container.querySelector('kol-input-text'), 'jemand');
    act(() => {
      fireEvent.submit(form);
    });
    expect(writes(fetchMock)).toEqual([]);

    kolInput(container.querySelector('kol-input-text'), 'besucher');
    act(() => {
      fireEvent.submit(form);
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Konto gelöscht' })).toBeTruthy();
    expect(writes(fetchMock)).toEqual([{ request: 'POST /api/me/erasure', body: { confirm: 'besucher' } }]);
    expect(removeUser).toHaveBeenCalledTimes(1);
  });
});
