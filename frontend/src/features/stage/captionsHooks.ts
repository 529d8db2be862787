import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../shared/auth/AuthContext';
import { captionsApi } from './api/captions';

/** The captions state of a talk and what the logged-in user may do about it (only asked when logged in). */
export function useTalkCaptions(id: number) {
  const { status } = useAuth();
  return useQuery({
    queryKey: ['captions', id, status],
    queryFn: ({ signal }) => captionsApi.captions(id, { signal }),
    enabled: Number.isInteger(id) && id > 0 && status === 'authenticated',
  });
}
