// Typed calls of certificates of attendance: request, list, PDF, public verification.
import { http, type Edition, type Opts } from '../../shared/api';

export interface AttendedTalk {
  id: number;
  title: string;
  stage: string;
  start: string;
  end: string;
  attendedMinutes: number;
}

export interface Certificate {
  code: string;
  edition: string;
  event: string;
  printedName: string;
  days: { date: string; title: string | null }[];
  talks: AttendedTalk[];
  totalMinutes: number;
  issuedAt: string;
  verificationUrl: string;
  pdfUrl: string;
}

export interface Verification {
  code: string;
  valid: boolean;
  event: string;
  printedName: string;
  issuedAt: string;
}

export const certificatesApi = {
  editions: (o?: Opts) => http.get<Edition[]>('/api/editions', o),
  mine: (o?: Opts) => http.get<Certificate[]>('/api/certificates/mine', o),
  request: (edition: string) => http.send<Certificate>('POST', '/api/certificates', { body: { edition } }),
  pdf: (code: string) => http.blob(`/api/certificates/${encodeURIComponent(code)}/pdf`),
  verify: (code: string, o?: Opts) => http.get<Verification>(`/api/certificates/${encodeURIComponent(code)}/verification`, o),
};
