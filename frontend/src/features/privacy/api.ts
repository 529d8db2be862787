import { http, type CurrentUser } from '../../shared/api';

export type ConsentPurpose = 'kontaktanfrage' | 'nachnutzungsanfrage' | 'einbettung';

/** One row of the export: column name → value, as the backend's tables hold it. */
export type ExportRow = Record<string, string | number | boolean | null>;

/** GET /api/me/data: everything the platform holds about the caller. */
export interface PersonalDataExport {
  exportedAt: string;
  profile: CurrentUser;
  /** area (booth, stage, chat, accessibility, consents) → section → rows */
  areas: Record<string, Record<string, ExportRow[]>>;
}

export interface Consent {
  id: number;
  purpose: ConsentPurpose;
  subject?: string | null;
  textVersion: string;
  givenAt: string;
  withdrawnAt?: string | null;
}

export interface Erasure {
  id: number;
  pseudonym: string;
  requestedBy: 'selbst' | 'admin';
  admin?: string | null;
  reason?: string | null;
  summary: Record<string, number>;
  keycloak: 'geloescht' | 'nicht-gefunden';
  erasedAt: string;
}

export const privacyApi = {
  exportData: (signal?: AbortSignal) => http.get<PersonalDataExport>('/api/me/data', { signal }),
  consents: (signal?: AbortSignal) => http.get<Consent[]>('/api/me/consents', { signal }),
  withdrawConsent: (id: number) => http.send<Consent>('POST', `/api/me/consents/${id}/withdraw`),
  eraseOwnAccount: (confirm: string) => http.send<Erasure>('POST', '/api/me/erasure', { body: { confirm } }),
};

/** The export as the file "Meine Daten" downloads: pretty-printed JSON, named after the user and the day. */
export function exportFile(data: PersonalDataExport): { name: string; blob: Blob } {
  const day = data.exportedAt.slice(0, 10);
  return {
    name: `kommunalmesse-meine-daten-${data.profile.username}-${day}.json`,
    blob: new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
  };
}

/** How many rows an area holds in all, for the summary's headings. */
export function rowCount(sections: Record<string, ExportRow[]>): number {
  return Object.values(sections).reduce((sum, rows) => sum + rows.length, 0);
}
