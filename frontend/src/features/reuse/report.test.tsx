import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { edition2025, edition2026 } from '../../test/editions.test-data';
import { authenticated, ME, mockFetch, renderRoute, requestedPaths } from '../../test/render';
import type { ReuseReport } from './api';

type KolField = Element & { _options?: { label: string; value: string }[]; _on?: { onInput?: (e: Event, v: unknown) => void } };

const row = (key: string, label: string, figures: Partial<ReuseReport['total']> = {}) => ({
  key,
  label,
  services: 0,
  requests: 0,
  agreements: 0,
  adoptions: 0,
  medianDaysToAdoption: null,
  ...figures,
});

function report(edition: string, adoptions: number): ReuseReport {
  return {
    edition,
    total: row('total', 'Gesamt', { services: 12, requests: 5, agreements: 3, adoptions, medianDaysToAdoption: adoptions ? 41.5 : null }),
    byRegion: [
      row('soest', 'Digitale Modellregion Soest', { services: 7, requests: 4, agreements: 2, adoptions, medianDaysToAdoption: 1 }),
      row('-', '', { services: 5, requests: 1 }),
    ],
    byTopicField: [row('mobilitaet', 'Mobilität', { services: 3 })],
    byEventDay: [],
  };
}

function backend(me = ME.admin) {
  return mockFetch((url) => {
    if (url.pathname === '/api/me') return { body: me };
    if (url.pathname === '/api/editions') return { body: [edition2026, edition2025] };
    if (url.pathname === '/api/admin/reuse-report') {
      const edition = url.searchParams.get('edition') ?? '';
      return { body: report(edition, edition === edition2025.slug ? 2 : 1) };
    }
    return undefined;
  });
}

describe('ReuseReportPage', () => {
  it('shows the current edition per region, topic field and event day and switches to another edition', async () => {
    const fetchMock = backend();
    const { container } = renderRoute('/verwaltung/nachnutzung', { auth: authenticated('kdn-admin') });

    await screen.findByRole('table', { name: 'Nach Modellregion' });
    expect(screen.getByRole('table', { name: 'Nach Themenfeld' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Digitale Modellregion Soest' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Organisationen außerhalb der Modellregionen' })).toBeTruthy();
    expect(screen.getByText('41,5 Tage')).toBeTruthy();
    expect(screen.getByText('1 Tag')).toBeTruthy();
    expect(screen.getByText('Keine Zahlen für diese Ausgabe.')).toBeTruthy();
    expect(requestedPaths(fetchMock)).toContain(`/api/admin/reuse-report?edition=${edition2026.slug}`);

    const select = [...container.querySelectorAll('kol-select')].find((s) => s.getAttribute('_label') === 'Ausgabe') as KolField;
    expect(select._options?.map((o) => o.value)).toEqual([edition2026.slug, edition2025.slug]);
    act(() => select._on?.onInput?.(new Event('input'), edition2025.slug));
    await waitFor(() => expect(requestedPaths(fetchMock)).toContain(`/api/admin/reuse-report?edition=${edition2025.slug}`));
  });

  it('is refused to exhibitors and does not ask for the report', async () => {
    const fetchMock = backend(ME.exhibitor);
    renderRoute('/verwaltung/nachnutzung', { auth: authenticated('aussteller-soest') });

    await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' });
    expect(requestedPaths(fetchMock).some((p) => p.startsWith('/api/admin/reuse-report'))).toBe(false);
  });
});
