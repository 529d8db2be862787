import { http, type Opts } from '../../../shared/api';
import type { EditionDetail, EditionState, EditionUpdate, ExhibitorRef, NewEdition } from '../../../shared/api';

const editionPath = (slug: string) => `/api/admin/editions/${encodeURIComponent(slug)}`;

/** The admins' calls for the editions of the series and the exhibitors taking part in them. */
export const editionsAdminApi = {
  list: (o?: Opts) => http.get<EditionDetail[]>('/api/admin/editions', o),
  create: (edition: NewEdition) => http.send<EditionDetail>('POST', '/api/admin/editions', { body: edition }),
  update: (slug: string, update: EditionUpdate) => http.send<EditionDetail>('PUT', editionPath(slug), { body: update }),
  makeCurrent: (slug: string) => http.send<EditionDetail>('POST', `${editionPath(slug)}/current`),
  changeState: (slug: string, state: EditionState) => http.send<EditionDetail>('POST', `${editionPath(slug)}/state`, { body: { state } }),
  exhibitors: (slug: string, o?: Opts) => http.get<ExhibitorRef[]>(`${editionPath(slug)}/exhibitors`, o),
  invite: (slug: string, exhibitor: string) =>
    http.send<ExhibitorRef[]>('POST', `${editionPath(slug)}/exhibitors`, { body: { exhibitor } }),
  remove: (slug: string, exhibitor: string) =>
    http.send<ExhibitorRef[] | undefined>('DELETE', `${editionPath(slug)}/exhibitors/${encodeURIComponent(exhibitor)}`),
};
