import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { useAuth } from './AuthContext';

/**
 * The logged-in user as the backend knows them (GET /api/me). Until that answers, or if it fails,
 * the display name comes from the ID token.
 */
export function useCurrentUser() {
  const { status, user } = useAuth();
  const authenticated = status === 'authenticated';
  const me = useQuery({
    queryKey: ['me', user?.profile.sub],
    queryFn: ({ signal }) => api.me({ signal }),
    enabled: authenticated,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const profile = user?.profile;
  const displayName = me.data?.name || profile?.name || profile?.preferred_username || '';
  return { authenticated, displayName, me: authenticated ? me.data : undefined, meFailed: me.isError };
}
