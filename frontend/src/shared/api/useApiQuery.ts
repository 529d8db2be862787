import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { Opts } from '.';

/** What React Query may be told besides the key and the loader: `enabled`, `refetchInterval`, `staleTime` … */
export type ApiQueryOptions<T> = Omit<UseQueryOptions<T, Error, T, QueryKey>, 'queryKey' | 'queryFn'>;

/**
 * Server state read from the API: one React Query under `queryKey`, loaded by an API call that gets the query's
 * abort signal, so that a request nobody waits for any more (page left, key changed) is cancelled.
 *
 * `useApiQuery(['network', 'blocks'], networkApi.blocks, { enabled: granted })`
 */
export function useApiQuery<T>(queryKey: QueryKey, load: (options: Opts) => Promise<T>, options?: ApiQueryOptions<T>) {
  return useQuery({ ...options, queryKey, queryFn: ({ signal }) => load({ signal }) });
}
