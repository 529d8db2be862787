import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type EventDay, type HostRegion } from '../api';

/** Query keys carry the language: the backend may answer in the Accept-Language sent. */
function useLanguageKey(): string {
  return useTranslation().i18n.language;
}

export function useFair() {
  const lang = useLanguageKey();
  return useQuery({ queryKey: ['fair', lang], queryFn: ({ signal }) => api.fair({ signal }), staleTime: 5 * 60_000 });
}

export function useEventDays() {
  const lang = useLanguageKey();
  return useQuery({ queryKey: ['event-days', lang], queryFn: ({ signal }) => api.eventDays({ signal }), staleTime: 5 * 60_000 });
}

/** Topic fields change least of all. */
export function useTopicFields() {
  const lang = useLanguageKey();
  return useQuery({ queryKey: ['topic-fields', lang], queryFn: ({ signal }) => api.topicFields({ signal }), staleTime: 30 * 60_000 });
}

/** What runs now and next; refreshed every minute while the page is open. */
export function useProgrammeNow() {
  const lang = useLanguageKey();
  return useQuery({
    queryKey: ['programme-now', lang],
    queryFn: ({ signal }) => api.programmeNow({ signal }),
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The five host regions, each once, in the order of their event days. */
export function hostRegions(eventDays: EventDay[]): HostRegion[] {
  const seen = new Map<string, HostRegion>();
  for (const day of eventDays) if (!seen.has(day.hostRegion.code)) seen.set(day.hostRegion.code, day.hostRegion);
  return [...seen.values()];
}
