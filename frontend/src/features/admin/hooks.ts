import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Placement, TileSize } from '../../api';
import { parseCsv } from './csv';

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['reviews'], queryFn: ({ signal }) => api.reviews({ signal }), enabled, staleTime: 0 });
}

export function useHallSettings(enabled: boolean) {
  return useQuery({ queryKey: ['hall-settings'], queryFn: ({ signal }) => api.hallSettings({ signal }), enabled });
}

const TILE_SIZES: readonly string[] = ['small', 'medium', 'large'];

/**
 * The current placement of a booth. No endpoint returns the hall order on its own, so it is read from
 * the admins' booth export (which lists every booth with featured, tile size and hall order).
 */
export function usePlacement(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: ['placement', slug],
    enabled,
    queryFn: async ({ signal }): Promise<Placement | null> => {
      const csv = await (await api.file('/api/admin/exports/booths.csv', { signal })).text();
      const row = parseCsv(csv).find((r) => r.slug === slug);
      if (!row) return null;
      return {
        hallOrder: Number.parseInt(row.hall_order, 10) || 0,
        tileSize: (TILE_SIZES.includes(row.tile_size) ? row.tile_size : 'medium') as TileSize,
        featured: row.featured === 'true',
      };
    },
  });
}
