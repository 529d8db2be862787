import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EditorBooth } from '../../../shared/api';
import { authenticated, ME, mockFetch, renderRoute } from '../../../test/render';

const booth = (slug: string, name: string, placement: EditorBooth['placement']): EditorBooth => ({
  slug,
  name,
  exhibitor: { slug: 'kreis-soest', name: 'Kreis Soest', type: 'kreis' },
  published: true,
  workflowState: 'published',
  reason: null,
  updatedAt: '2026-05-01T10:00:00Z',
  placement,
  editingEnabled: true,
});

describe('AdminPage', () => {
  it('lists every booth with its hall placement', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/me') return { body: ME.admin };
      if (url.pathname === '/api/admin/reviews') return { body: [] };
      if (url.pathname === '/api/admin/settings/hall') return { body: { editingEnabled: true, contactRequestsEnabled: true } };
      if (url.pathname === '/api/my/booths') {
        return {
          body: [
            booth('kreis-soest-umzug', 'Digitaler Umzugsservice', { hallOrder: 3, tileSize: 'large', featured: true }),
            booth('kreis-soest-kfz', 'i-Kfz', { hallOrder: 20, tileSize: 'small', featured: false }),
          ],
        };
      }
      return undefined;
    });
    renderRoute('/verwaltung', { auth: authenticated('kdn-admin') });

    const table = await screen.findByRole('table', { name: '2 Messestände' });
    expect(within(table).getByRole('columnheader', { name: 'Platzierung' })).toBeTruthy();
    const umzug = within(table).getByRole('rowheader', { name: 'Digitaler Umzugsservice' }).closest('tr')!;
    expect(within(umzug).getByText('Position 3, Kachel groß, empfohlen')).toBeTruthy();
    const kfz = within(table).getByRole('rowheader', { name: 'i-Kfz' }).closest('tr')!;
    expect(within(kfz).getByText('Position 20, Kachel klein')).toBeTruthy();
  });
});
