import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorBooth } from '../../../test/fixtures';
import { authenticated, ME, mockApi, renderRoute, writes } from '../../../test/render';

const booth = editorBooth({ placement: { hallOrder: 7, tileSize: 'large', featured: true } });

type KolField = Element & { _value?: unknown; _checked?: boolean; _on?: { onInput?: (e: Event, v: unknown) => void } };

function backend(audit: unknown[] = []) {
  let current = booth;
  return mockApi({ '/api/me': ME.admin, '/api/booths/kreis-soest-umzug/audit': audit }, (url, init) => {
    if (url.pathname === '/api/my/booths') return { body: [current] };
    if (url.pathname === '/api/booths/kreis-soest-umzug/placement' && init?.method === 'PUT') {
      current = { ...current, placement: JSON.parse(String(init.body)) };
      return { body: current };
    }
    return undefined;
  });
}

describe('AdminBoothPage', () => {
  it('fills the placement form from the booth list, without reading the CSV export', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/stand/kreis-soest-umzug', { auth: authenticated('kdn-admin') });

    await waitFor(() => expect(container.querySelector('.placement-form kol-input-text')).not.toBeNull());
    const order = container.querySelector('.placement-form kol-input-text') as KolField;
    const size = container.querySelector('.placement-form kol-select') as KolField;
    const featured = container.querySelector('.placement-form kol-input-checkbox') as KolField;
    expect(order._value).toBe('7');
    expect(size._value).toBe('large');
    expect(featured._checked).toBe(true);
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/api/admin/exports'))).toBe(false);

    act(() => order._on?.onInput?.(new Event('input'), '12'));
    fireEvent.submit(container.querySelector('.placement-form')!);
    await waitFor(() => expect(container.querySelector('.placement-form [role="status"]')?.textContent).not.toBe(''));
    expect(writes(fetchMock)).toEqual([
      { request: 'PUT /api/booths/kreis-soest-umzug/placement', body: { hallOrder: 12, tileSize: 'large', featured: true } },
    ]);
    // The confirmation stays after the list is loaded again
    await waitFor(() =>
      expect(fetchMock.mock.calls.filter(([input]) => String(input).includes('/api/my/booths')).length).toBeGreaterThan(1),
    );
    expect(container.querySelector('.placement-form [role="status"]')?.textContent).not.toBe('');
  });

  it('names people in the audit log and shows a withdrawn submission', async () => {
    backend([
      { actor: 'aussteller-soest', actorName: 'Sven Sörensen', action: 'draft.withdraw', detail: null, at: '2026-12-01T10:05:00Z' },
      { actor: 'system', actorName: 'system', action: 'booth.create', detail: 'Umzug', at: '2026-12-01T10:00:00Z' },
    ]);
    renderRoute('/verwaltung/stand/kreis-soest-umzug', { auth: authenticated('kdn-admin') });

    expect(await screen.findByText('Zurückgezogen (zur weiteren Bearbeitung)')).toBeTruthy();
    expect(screen.getByText(/von Sven Sörensen/)).toBeTruthy();
    expect(screen.queryByText(/aussteller-soest/)).toBeNull();
    expect(screen.getByText(/vom System/)).toBeTruthy();
  });
});
