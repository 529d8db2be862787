import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

/** The booths the user manages (admins: all), and the exhibitors they may create booths for. */
export function useMyBooths(enabled: boolean) {
  return useQuery({ queryKey: ['my-booths'], queryFn: ({ signal }) => api.myBooths({ signal }), enabled });
}

export function useMyExhibitors(enabled: boolean) {
  return useQuery({ queryKey: ['my-exhibitors'], queryFn: ({ signal }) => api.myExhibitors({ signal }), enabled });
}


/**
 * One of my booths from the cached list: its name for page titles (the slug until it is known), its
 * placement and whether editing is open; `query` is the list's query for loading and error states.
 */
export function useManagedBooth(slug: string, enabled: boolean) {
  const booths = useMyBooths(enabled);
  const booth = booths.data?.find((b) => b.slug === slug);
  return { booth, name: booth?.name ?? slug, known: Boolean(booths.data), listed: Boolean(booth), query: booths };
}
