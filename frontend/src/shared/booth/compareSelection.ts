import { useCallback, useSyncExternalStore } from 'react';

/** A service picked for comparison: the booth (with its edition) and the service's key. */
export interface ComparedService {
  edition: string;
  slug: string;
  key: string;
}

/** Up to four services side by side (docs/reuse.md). */
export const MAX_COMPARED = 4;
const STORAGE_KEY = 'kommunalmesse.compare';
const listeners = new Set<() => void>();
let cache: { raw: string | null; list: ComparedService[] } = { raw: null, list: [] };

function read(): ComparedService[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw === cache.raw) return cache.list;
  let list: ComparedService[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) {
      list = parsed
        .filter((e): e is ComparedService => typeof e?.edition === 'string' && typeof e?.slug === 'string' && typeof e?.key === 'string')
        .slice(0, MAX_COMPARED);
    }
  } catch {
    list = [];
  }
  cache = { raw, list };
  return list;
}

function write(list: ComparedService[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage may be disabled; the choice then lasts until the next read
  }
  listeners.forEach((listener) => listener());
}

const same = (a: ComparedService, b: ComparedService) => a.edition === b.edition && a.slug === b.slug && a.key === b.key;

/** Adds a service (false when four are chosen already) or takes it out again. */
export function toggleCompared(list: ComparedService[], service: ComparedService): ComparedService[] | null {
  if (list.some((e) => same(e, service))) return list.filter((e) => !same(e, service));
  if (list.length >= MAX_COMPARED) return null;
  return [...list, service];
}

/** The services chosen for comparison, kept in this browser. */
export function useComparedServices() {
  const list = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => [],
  );
  const toggle = useCallback(
    (service: ComparedService) => {
      const next = toggleCompared(read(), service);
      if (next) write(next);
      return next !== null;
    },
    [],
  );
  const remove = useCallback((service: ComparedService) => write(read().filter((e) => !same(e, service))), []);
  const isCompared = useCallback((service: ComparedService) => list.some((e) => same(e, service)), [list]);
  return { list, toggle, remove, isCompared };
}
