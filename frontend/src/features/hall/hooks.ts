import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type BoothQuery } from '../../shared/api';
import { hallApi } from './api/hall';

export function useBooths(query: BoothQuery) {
  const lang = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['booths', lang, query],
    queryFn: ({ signal }) => hallApi.booths(query, { signal }),
    // Keep the old cards on screen while the next page loads, instead of an empty grid.
    placeholderData: keepPreviousData,
  });
}
