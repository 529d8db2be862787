import { http, type Opts } from '../../../shared/api';
import type { BoothQuery, HallPage } from '../../../shared/api';

/** The hall: one page of booth cards for a search and its filters. */
export const hallApi = {
  booths: (query: BoothQuery, o?: Opts) => http.get<HallPage>('/api/booths', { ...o, query: { ...query } }),
};
