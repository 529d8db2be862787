import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { authenticated, ME, mockApi, renderRoute, writes } from '../../../test/render';

type KolCheckbox = Element & { _checked?: boolean; _on?: { onInput?: (e: Event, v: unknown) => void } };

function backend() {
  let settings = { editingEnabled: true, contactRequestsEnabled: true };
  return mockApi({ '/api/me': ME.admin, '/api/admin/reviews': [], '/api/my/booths': [] }, (url, init) => {
    if (url.pathname !== '/api/admin/settings/hall') return undefined;
    if (init?.method === 'PUT') settings = JSON.parse(String(init.body));
    return { body: settings };
  });
}

describe('HallSettingsForm', () => {
  it('switches archive mode on and keeps its confirmation when the settings are reloaded', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung', { auth: authenticated('kdn-admin') });

    await waitFor(() => expect(container.querySelectorAll('#archiv kol-input-checkbox')).toHaveLength(2));
    for (const box of container.querySelectorAll('#archiv kol-input-checkbox')) {
      act(() => (box as KolCheckbox)._on?.onInput?.(new Event('input'), false));
    }
    fireEvent.submit(container.querySelector('#archiv form')!);

    await screen.findByText('Die Einstellungen sind gespeichert.');
    await screen.findByText(/Archivmodus \(Bearbeitung und Kontaktanfragen geschlossen\)/);
    expect(writes(fetchMock)).toEqual([
      { request: 'PUT /api/admin/settings/hall', body: { editingEnabled: false, contactRequestsEnabled: false } },
    ]);
    const boxes = [...container.querySelectorAll('#archiv kol-input-checkbox')] as KolCheckbox[];
    expect(boxes.map((b) => b._checked)).toEqual([false, false]);
    // Still there after the new settings are in the cache and the page rendered again
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('Die Einstellungen sind gespeichert.')).toBeTruthy();
  });

  it('names a half-closed hall as such', async () => {
    backend();
    const { container } = renderRoute('/verwaltung', { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(container.querySelectorAll('#archiv kol-input-checkbox')).toHaveLength(2));
    await screen.findByText('Messebetrieb');
    const [editing] = container.querySelectorAll('#archiv kol-input-checkbox');
    act(() => (editing as KolCheckbox)._on?.onInput?.(new Event('input'), false));
    fireEvent.submit(container.querySelector('#archiv form')!);
    await screen.findByText('Bearbeitung geschlossen, Kontaktanfragen möglich');
  });

  it('keeps the save button enabled and focusable while saving and sends only once', async () => {
    const fetchMock = backend();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PUT') await held;
      return fetchMock(input, init);
    });
    const { container } = renderRoute('/verwaltung', { auth: authenticated('kdn-admin') });
    await waitFor(() => expect(container.querySelectorAll('#archiv kol-input-checkbox')).toHaveLength(2));
    const form = container.querySelector('#archiv form')!;
    const save = form.querySelector('kol-button')!;

    fireEvent.submit(form);
    await waitFor(() => expect(save.getAttribute('aria-busy')).toBe('true'));
    // A disabled button would hand the keyboard focus to <body>; this one stays usable and ignores the repeat
    expect((save as Element & { _disabled?: boolean })._disabled).toBeFalsy();
    fireEvent.submit(form);
    release();

    await screen.findByText('Die Einstellungen sind gespeichert.');
    expect(save.getAttribute('aria-busy')).toBe('false');
    expect(writes(fetchMock).filter((w) => w.request === 'PUT /api/admin/settings/hall')).toHaveLength(1);
  });
});
