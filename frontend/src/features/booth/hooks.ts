import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type BoothQuery } from '../../api';
import { useAuth } from '../auth/AuthContext';

export function useBooths(query: BoothQuery) {
  const lang = useTranslation().i18n.language;
  return useQuery({
    queryKey: ['booths', lang, query],
    queryFn: ({ signal }) => api.booths(query, { signal }),
    // Keep the old cards on screen while the next page loads, instead of an empty grid.
    placeholderData: keepPreviousData,
  });
}

/**
 * One booth. What it contains depends on who asks (experts' contact data, "bookmarked"), so the
 * query waits until the login state is known and is cached per user.
 */
export function useBooth(slug: string) {
  const lang = useTranslation().i18n.language;
  const { status, user } = useAuth();
  const viewer = status === 'authenticated' ? (user?.profile.sub ?? 'user') : 'anonymous';
  return useQuery({
    queryKey: ['booth', lang, slug, viewer],
    queryFn: ({ signal }) => api.booth(slug, { signal }),
    enabled: status !== 'loading',
  });
}
