import { useMyBooths } from './hooks';

/**
 * One of my booths from the cached list: its name for page titles (the slug until it is known), its
 * placement and whether editing is open; `query` is the list's query for loading and error states.
 */
export function useManagedBooth(slug: string, enabled: boolean) {
  const booths = useMyBooths(enabled);
  const booth = booths.data?.find((b) => b.slug === slug);
  return { booth, name: booth?.name ?? slug, known: Boolean(booths.data), listed: Boolean(booth), query: booths };
}
