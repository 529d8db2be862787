import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyBranding, brandingApi } from './branding';

/** The query of the fair's branding; the admin page refreshes it after a change, and the colours follow. */
export const BRANDING_QUERY = ['branding'] as const;

export function useBranding() {
  return useQuery({ queryKey: BRANDING_QUERY, queryFn: ({ signal }) => brandingApi.branding({ signal }), staleTime: 5 * 60_000 });
}

/** Puts the fair's theme colours on the page once they are known; renders nothing. */
export default function BrandingColours() {
  const branding = useBranding();
  useEffect(() => {
    if (branding.data) applyBranding(branding.data);
  }, [branding.data]);
  return null;
}
