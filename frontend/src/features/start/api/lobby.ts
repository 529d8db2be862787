// What the lobby shows besides the programme: the stages with their pictures and the featured booths.
import { http, type Opts, type TalkSummary } from '../../../shared/api';
import type { ShownImage } from '../../../shared/fair/branding';

export interface LobbyStage {
  key: string;
  name: string;
  live: { state: 'upcoming' | 'live' | 'paused' | 'ended' };
  current: TalkSummary | null;
  picture: ShownImage | null;
}

export interface LobbyBooth {
  slug: string;
  name: string;
  tagline: string | null;
  exhibitor: { name: string };
  featured: boolean;
  logoUrl: string | null;
}

interface Page<T> {
  items: T[];
}

export const lobbyApi = {
  stages: (o?: Opts) => http.get<LobbyStage[]>('/api/stages', o),
  /** The first booths in hall order, where the featured ones come first. */
  featuredBooths: async (o?: Opts) =>
    ((await http.get<Page<LobbyBooth>>('/api/booths', { ...o, query: { sort: 'hall', size: 12 } })).items ?? [])
      .filter((booth) => booth.featured)
      .slice(0, 4),
};
