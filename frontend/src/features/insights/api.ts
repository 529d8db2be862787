import { http, type Opts } from '../../shared/api';

/** A count as the server shows it: null means between 1 and threshold - 1 ("< 5"). */
export type Count = number | null;

export interface Figures {
  visits: Count;
  visitors: Count;
  downloads: Count;
  chatMessages: Count;
  conversations: Count;
  answered: Count;
  contactRequests: Count;
  reuseRequests: Count;
  meetings: Count;
}

export interface BoothAnalytics {
  booth: string;
  edition: string;
  name: string;
  from: string;
  to: string;
  day: string;
  threshold: number;
  totals: Figures;
  hallMedian: Figures;
  hallBooths: number;
  days: { day: string; figures: Figures }[];
  hours: { hour: number; visits: Count; visitors: Count }[];
  sources: { hall: Count; talk: Count; programme: Count; direct: Count };
  chat: { answeredPercent: number | null; averageMinutesToAnswer: number | null };
}

export interface TalkAttendance {
  id: number;
  title: string;
  stage: string | null;
  peakViewers: number;
  averageViewers: number;
}

export interface Dashboard {
  edition: string;
  onlineNow: number;
  stages: { key: string; name: string; viewers: number; talk: string | null }[];
  busiestBooths: { slug: string; name: string; visits: Count }[];
  conversationsWaiting: number;
  contactRequestsToday: number;
  reuseRequestsToday: number;
  reportsWaiting: number;
  days: { eventDayId: number; date: string; title: string; visitors: number; boothVisits: number; talks: TalkAttendance[] }[];
}

export interface Period {
  from?: string;
  to?: string;
  day?: string;
}

const insightsPath = (slug: string) => `/api/insights/booths/${encodeURIComponent(slug)}`;

export const insightsApi = {
  booth: (slug: string, period: Period, o?: Opts) =>
    http.get<BoothAnalytics>(insightsPath(slug), { signal: o?.signal, query: { ...period } }),
  boothCsv: (slug: string, period: Period) => http.blob(`${insightsPath(slug)}/days.csv`, { query: { ...period } }),
  /** The booth's report of the whole edition as an accessible PDF (docs/insights.md, "Reports (PDF)"). */
  boothReport: (slug: string) => http.blob(`${insightsPath(slug)}/report.pdf`),
  /** The organiser's report of the edition, or of one host region's days, as an accessible PDF (admins). */
  editionReport: (hostRegion?: string) =>
    http.blob('/api/insights/report.pdf', { query: hostRegion ? { hostRegion } : undefined }),
  dashboard: (o?: Opts) => http.get<Dashboard>('/api/insights/dashboard', o),
};
