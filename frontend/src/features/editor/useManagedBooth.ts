import { useMyBooths } from './hooks';

/** The name of one of my booths for page titles, from the cached list (the slug until it is known). */
export function useManagedBooth(slug: string, enabled: boolean) {
  const booths = useMyBooths(enabled);
  const booth = booths.data?.find((b) => b.slug === slug);
  return { booth, name: booth?.name ?? slug, known: Boolean(booths.data), listed: Boolean(booth) };
}
