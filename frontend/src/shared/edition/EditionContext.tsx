import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { http, type Edition, type Opts } from '../api';
import { useAuth } from '../auth/AuthContext';
import { setActiveEdition, withEdition } from './paths';
import { useApiQuery } from '../api/useApiQuery';

export const editionsApi = {
  /** The editions the caller may see, newest first (preparation ones only for admins and taking-part staff). */
  list: (o?: Opts) => http.get<Edition[]>('/api/editions', o),
};

/** The editions the user may see; who is logged in decides whether prepared ones are among them. */
export function useEditions() {
  const { user } = useAuth();
  return useApiQuery(['editions', user?.profile.sub ?? ''], editionsApi.list, { staleTime: 5 * 60_000 });
}

export interface EditionState {
  /** The edition the address names (`/2025/halle`), undefined on a plain address. */
  routeSlug: string | undefined;
  /** The editions the user may see, once loaded. */
  editions: Edition[] | undefined;
  /** The current edition, the one of the plain addresses. */
  current: Edition | undefined;
  /** The edition on screen: the one the address names, else the current one. */
  edition: Edition | undefined;
  /** The address names an edition that does not exist (or that the user may not see). */
  unknown: boolean;
  /** The list of editions could not be loaded. */
  failed: boolean;
}

const EditionContext = createContext<EditionState>({
  routeSlug: undefined,
  editions: undefined,
  current: undefined,
  edition: undefined,
  unknown: false,
  failed: false,
});

/** Which edition the page shows, for the app shell (read from the address) and every page below it. */
export function EditionProvider({ slug, children }: { slug: string | undefined; children: ReactNode }) {
  // Before the page below renders: its queries and API calls read the edition from here
  setActiveEdition(slug);
  const editions = useEditions();
  const list = editions.data;
  const failed = editions.isError;
  const value = useMemo<EditionState>(() => {
    const current = list?.find((e) => e.current);
    const named = slug ? list?.find((e) => e.slug === slug) : undefined;
    return {
      routeSlug: slug,
      editions: list,
      current,
      edition: slug ? named : current,
      unknown: Boolean(slug && list && !named),
      failed,
    };
  }, [list, slug, failed]);
  return <EditionContext.Provider value={value}>{children}</EditionContext.Provider>;
}

export function useEdition(): EditionState {
  return useContext(EditionContext);
}

/**
 * Addresses of a page in a given edition: the page's own edition keeps the prefix the address has,
 * another edition gets its slug in front, the current one seen from a plain address stays plain.
 */
export function useEditionHref() {
  const { routeSlug, current } = useEdition();
  return (path: string, edition: string | undefined): string => {
    if (!edition || edition === routeSlug) return withEdition(path, routeSlug);
    if (!routeSlug && edition === current?.slug) return path;
    return withEdition(path, edition);
  };
}

/** The title of an edition by its slug ("Herbst 2025"), the slug while the list is not there. */
export function useEditionTitle() {
  const { editions } = useEdition();
  return (slug: string | undefined): string => (slug ? (editions?.find((e) => e.slug === slug)?.title ?? slug) : '');
}
