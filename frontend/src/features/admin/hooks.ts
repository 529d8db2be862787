import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export function useReviewQueue(enabled: boolean) {
  return useQuery({ queryKey: ['reviews'], queryFn: ({ signal }) => api.reviews({ signal }), enabled, staleTime: 0 });
}

export function useHallSettings(enabled: boolean) {
  return useQuery({ queryKey: ['hall-settings'], queryFn: ({ signal }) => api.hallSettings({ signal }), enabled });
}
