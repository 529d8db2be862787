import type { Edition } from '../shared/api';

/** Two editions as GET /api/editions sends them: the current one first, the past one in archive mode. */
export const edition2026: Edition = {
  slug: '2026',
  title: 'Herbst 2026',
  startsOn: '2026-11-23',
  endsOn: '2026-11-27',
  state: 'open',
  current: true,
};

export const edition2025: Edition = {
  slug: '2025',
  title: 'Herbst 2025',
  startsOn: '2025-11-24',
  endsOn: '2025-11-28',
  state: 'archive',
  current: false,
};

export const editions: Edition[] = [edition2026, edition2025];
