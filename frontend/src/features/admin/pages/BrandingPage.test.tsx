import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Branding } from '../../../shared/fair/branding';
import { authenticated, ME, mockFetch, renderRoute, writes } from '../../../test/render';

type KolField = Element & { _value?: unknown; _on?: { onInput?: (e: Event, v: unknown) => void } };

function backend() {
  let branding: Branding = { keyVisual: null, primaryColour: null, accentColour: null, organisers: [], partners: [], version: 1 };
  return mockFetch((url, init) => {
    if (url.pathname === '/api/me') return { body: ME.admin };
    if (url.pathname === '/api/stages') return { body: [] };
    if (url.pathname === '/api/branding' && init?.method === 'PUT') {
      const update = JSON.parse(String(init.body)) as { primaryColour: string | null; version: number };
      if (update.version !== branding.version) return { status: 409, body: { status: 409, title: 'Konflikt', detail: 'Veraltet' } };
      branding = { ...branding, primaryColour: update.primaryColour, version: branding.version + 1 };
      return { body: branding };
    }
    if (url.pathname === '/api/branding') return { body: branding };
    return undefined;
  });
}

describe('BrandingPage', () => {
  it('shows "Gespeichert" after saving a colour, applies it, and saves again against the new version', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/erscheinungsbild', { auth: authenticated('kdn-admin') });
    const primary = await waitFor(() => {
      const field = container.querySelector('kol-input-text[_label="Primärfarbe (#rrggbb, leer: Standard)"]') as KolField | null;
      expect(field).not.toBeNull();
      return field!;
    });

    act(() => primary._on?.onInput?.(new Event('input'), '#5c2d91'));
    fireEvent.submit(primary.closest('form')!);
    expect(await screen.findByText('Gespeichert. Die Farben gelten ab sofort.')).toBeTruthy();
    await waitFor(() => expect(document.documentElement.style.getPropertyValue('--km-primary')).toBe('#5c2d91'));
    // The form stayed (not remounted): the field keeps what was typed
    expect((container.querySelector('kol-input-text[_label="Primärfarbe (#rrggbb, leer: Standard)"]') as KolField)._value).toBe('#5c2d91');

    act(() => primary._on?.onInput?.(new Event('input'), '#003a5c'));
    fireEvent.submit(primary.closest('form')!);
    await waitFor(() => expect(writes(fetchMock)).toHaveLength(2));
    expect(writes(fetchMock).map((w) => (w.body as { version: number; primaryColour: string }))).toEqual([
      expect.objectContaining({ primaryColour: '#5c2d91', version: 1 }),
      expect.objectContaining({ primaryColour: '#003a5c', version: 2 }),
    ]);
    await waitFor(() => expect(document.documentElement.style.getPropertyValue('--km-primary')).toBe('#003a5c'));
    expect(screen.getByText('Gespeichert. Die Farben gelten ab sofort.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
