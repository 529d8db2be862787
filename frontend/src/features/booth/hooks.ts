import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type BoothQuery } from '../../api';

export function useBooths(query: BoothQuery) {
  const lang = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['booths', lang, query],
    queryFn: ({ signal }) => api.booths(query, { signal }),
    // Keep the old cards on screen while the next page loads, instead of an empty grid.
    placeholderData: keepPreviousData,
  });
}

export function useBooth(slug: string) {
  const lang = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['booth', lang, slug],
    queryFn: ({ signal }) => api.booth(slug, { signal }),
  });
}
