import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../api';
import { useAccess } from '../auth/access';
import { useEdition } from '../edition/EditionContext';
import type { Role } from '../auth/roles';

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
  // The list holds every edition: the page's edition (the current one on a plain address) picks the booth
  const { routeSlug, current } = useEdition();
  const edition = routeSlug ?? current?.slug;
  const booth = booths.data?.find((b) => b.slug === slug && (!edition || !b.edition || b.edition === edition));
  return { booth, name: booth?.name ?? slug, known: Boolean(booths.data), listed: Boolean(booth), query: booths };
}

/**
 * A page about one of my booths (/mein-stand/:slug/…, /verwaltung/stand/:slug): the slug from the URL,
 * whether the user has the role, and the booth from the cached list once access is granted.
 */
export function useManagedBoothPage(role: Role) {
  const { slug = '' } = useParams();
  const access = useAccess(role);
  const granted = access === 'granted';
  return { slug, access, granted, ...useManagedBooth(slug, granted) };
}
