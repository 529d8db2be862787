import { useQuery } from '@tanstack/react-query';
import { adminApi } from './api/admin';

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['reviews'], queryFn: ({ signal }) => adminApi.reviews({ signal }), enabled, staleTime: 0 });
}

export function useHallSettings(enabled: boolean) {
  return useQuery({ queryKey: ['hall-settings'], queryFn: ({ signal }) => adminApi.hallSettings({ signal }), enabled });
}
