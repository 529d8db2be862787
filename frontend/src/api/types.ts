/** Types of the Kommunalmesse REST API (JSON, times ISO-8601 with offset). */

export interface OidcSettings {
  authority: string;
  clientId: string;
}

/** GET /api/config: runtime settings, so the SPA never hard-codes Keycloak. */
export interface RuntimeConfig {
  oidc: OidcSettings;
}

export interface CurrentUser {
  username: string;
  name: string;
  email: string;
  organisation: string | null;
  roles: string[];
}

export interface HostRegion {
  code: string;
  name: string;
}

export interface EventDay {
  id: number;
  /** Calendar date, e.g. "2026-11-23". */
  date: string;
  title: string;
  description: string;
  hostRegion: HostRegion;
}

export interface Fair {
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  organisers: string;
  eventDays: EventDay[];
}

/** A Themenfeld (OZG topic field, plus Smart City). */
export interface TopicField {
  code: string;
  name: string;
}

export type ExhibitorType =
  | 'kommune'
  | 'kreis'
  | 'it-dienstleister'
  | 'land'
  | 'verband'
  | 'hochschule'
  | 'unternehmen';

export interface ExhibitorRef {
  slug: string;
  name: string;
  type: ExhibitorType;
}

export interface BoothCard {
  slug: string;
  name: string;
  tagline: string;
  exhibitor: ExhibitorRef;
  region: HostRegion | null;
  topicFields: TopicField[];
  eventDayId: number | null;
  featured: boolean;
  tileSize: 'small' | 'medium' | 'large' | string;
}

export interface BoothDetail extends BoothCard {
  /** Plain text; paragraphs are separated by blank lines. */
  description: string;
  tags: string[];
  eventDay: EventDay | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface BoothQuery {
  page: number;
  size: number;
  topic?: string;
  day?: number;
  q?: string;
}

export type TalkType = 'grusswort' | 'keynote' | 'fachbeitrag' | 'podium' | 'workshop';

export interface Speaker {
  name: string;
  organisation: string;
  role: string;
}

export interface TalkSummary {
  id: number;
  title: string;
  type: TalkType;
  start: string;
  end: string;
  eventDayId: number;
  stage: { key: string; name: string };
  topicField: TopicField | null;
  speakers: Speaker[];
}

export interface ProgrammeNow {
  live: TalkSummary[];
  next: TalkSummary[];
}
