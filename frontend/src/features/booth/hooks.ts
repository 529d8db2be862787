import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/AuthContext';
import { boothApi } from './api/booth';

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
    queryFn: ({ signal }) => boothApi.booth(slug, { signal }),
    enabled: status !== 'loading',
  });
}
