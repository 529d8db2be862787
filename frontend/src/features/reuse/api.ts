import { boothPath, http, type Opts } from '../../shared/api';
import type { Adoption, BoothDetail, NewReuseRequest, ReuseBoard, ReuseHandling, ReuseRequest } from '../../shared/api';

/** Reuse requests (docs/reuse.md): asking, the booth's board, "Meine Nachnutzungen" and adopters. */
export const reuseApi = {
  booth: (slug: string, o?: Opts) => http.get<BoothDetail>(boothPath(slug), o),
  /** A booth of a named edition (the comparison holds services of any edition). */
  boothOf: (edition: string, slug: string, o?: Opts) => http.get<BoothDetail>(boothPath(slug), { ...o, query: { edition } }),
  request: (slug: string, serviceKey: string, request: NewReuseRequest) =>
    http.send<ReuseRequest>('POST', `${boothPath(slug)}/services/${encodeURIComponent(serviceKey)}/reuse-requests`, {
      body: request,
    }),
  mine: (o?: Opts) => http.get<ReuseRequest[]>('/api/my/reuse-requests', o),
  board: (slug: string, o?: Opts) => http.get<ReuseBoard>(`${boothPath(slug)}/reuse-requests`, o),
  handle: (id: number, handling: ReuseHandling) =>
    http.send<ReuseRequest>('PUT', `/api/reuse-requests/${id}/handling`, { body: handling }),
  confirm: (id: number) => http.send<ReuseRequest>('POST', `/api/reuse-requests/${id}/confirm`, {}),
  withdraw: (id: number) => http.send<undefined>('POST', `/api/reuse-requests/${id}/withdraw`, {}),
  adopters: (serviceKey: string, o?: Opts) =>
    http.get<Adoption[]>(`/api/services/${encodeURIComponent(serviceKey)}/adopters`, o),
  /** The organiser's report of an edition (admins). */
  report: (edition: string, o?: Opts) => http.get<ReuseReport>('/api/admin/reuse-report', { ...o, query: { edition } }),
  /** The same as CSV, headers in the interface language (the client sends it). */
  reportCsv: (edition: string) => http.blob('/api/admin/exports/reuse-report.csv', { query: { edition } }),
};

/** One line of the reuse report: a host region, topic field or event day and its figures. */
export interface ReuseReportRow {
  key: string;
  label: string;
  services: number;
  requests: number;
  agreements: number;
  adoptions: number;
  /** Median days from request to adoption; null without adoptions. */
  medianDaysToAdoption: number | null;
}

/** The organiser's view of reuse for one edition (docs/reuse.md). */
export interface ReuseReport {
  edition: string;
  total: ReuseReportRow;
  byRegion: ReuseReportRow[];
  byTopicField: ReuseReportRow[];
  byEventDay: ReuseReportRow[];
}
