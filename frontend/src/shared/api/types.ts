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

/** Language of each text of an API object, by field name (docs/content-languages.md). */
export type TextLangs = Partial<Record<string, 'de' | 'en'>>;

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
  /** Language of each text ("de" or "en"): English where asked for and written, else German. */
  lang?: TextLangs;
}

export interface Fair {
  slug: string;
  /** The edition the fair's days, stages and hall belong to. */
  edition?: Edition;
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
  /** Slug of the booth's edition. */
  edition?: string;
  name: string;
  tagline: string;
  exhibitor: ExhibitorRef;
  region: HostRegion | null;
  topicFields: TopicField[];
  eventDayId: number | null;
  featured: boolean;
  tileSize: 'small' | 'medium' | 'large' | string;
  /** Path of the published booth's logo, if it has one. */
  logoUrl?: string | null;
  /** Language of each text ("de" or "en"): English where asked for and written, else German. */
  lang?: TextLangs;
}

export type Maturity = 'idee' | 'pilot' | 'produktiv';
export type ReuseModel = 'efa' | 'open-source' | 'gemeinsame-beschaffung' | 'konzept';
export type MaterialKind = 'document' | 'image' | 'slides';
export type HallSort = 'relevance' | 'hall' | 'name' | 'newest';
export type TileSize = 'small' | 'medium' | 'large';
export type WorkflowState = 'draft' | 'editing' | 'submitted' | 'rejected' | 'published';
export type ContactRequestStatus = 'neu' | 'in-bearbeitung' | 'erledigt';

export interface BoothLink {
  label: string;
  url: string;
}

export interface Expert {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** OZG maturity level: 0–4 in OZG-Reifegradmodell 1.1, 0–7 in 2.0 (current since July 2025). */
export type OzgLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** The OZG-Reifegradmodell a level is stated in. */
export type OzgModel = '1.1' | '2.0';
export type OperatingModel = 'self-hosted' | 'provider' | 'saas';
export type CostModel = 'free' | 'cost-sharing' | 'licence-fee';

/** Reuse facts of a service; every field may be missing (services entered before they existed). */
export interface ReuseProfile {
  ozgLevel?: OzgLevel | null;
  /** The model of `ozgLevel`; the server names it whenever there is a level (1.1 for levels sent without it). */
  ozgModel?: OzgModel | null;
  efa?: boolean | null;
  efaMarketplace?: boolean | null;
  efaMarketplaceUrl?: string | null;
  /** LeiKa/FIM service keys, 14 digits each. */
  serviceKeys?: string[];
  /** SPDX license expression. */
  spdxLicence?: string | null;
  operatingModel?: OperatingModel | null;
  costModel?: CostModel | null;
  costNote?: string | null;
  prerequisites?: string | null;
  /** Only for logged-in users. */
  reuseContact?: string | null;
}

/** An organisation that confirmed its reuse of a service. */
export interface Adoption {
  organisation: string;
  year: number;
}

/** A reusable service on show (Nachnutzungsangebot), as visitors see it. */
export interface Service {
  /** Identity of the service across editions. */
  key: string;
  name: string;
  summary: string | null;
  topicField: TopicField | null;
  maturity: Maturity;
  reuseModel: ReuseModel;
  licence: string | null;
  codeUrl: string | null;
  technology: string | null;
  adopters: string[];
  contactExpert: string | null;
  profile: ReuseProfile;
  adoptions: Adoption[];
  /** Language of each text ("de" or "en"): English where asked for and written, else German. */
  lang?: TextLangs;
}

export interface PublicMaterial {
  id: number;
  title: string;
  kind: MaterialKind;
  mediaType: string;
  sizeBytes: number;
  /** Download path. */
  url: string;
}

/** An uploaded file as its editors see it. */
export interface Material extends PublicMaterial {
  fileName: string;
  sha256: string;
  downloads: number;
}

export interface BoothDetail extends BoothCard {
  /** Markdown, to be rendered without raw HTML. */
  description: string;
  tags: string[];
  eventDay: EventDay | null;
  links: BoothLink[];
  logoUrl: string | null;
  bannerUrl: string | null;
  /** What the logo and the banner show; null for booths from before these texts were required. */
  logoAlt?: string | null;
  bannerAlt?: string | null;
  services: Service[];
  materials: PublicMaterial[];
  /** null for anonymous visitors: contact data only after login. */
  experts: Expert[] | null;
  bookmarked: boolean;
  contactRequestsEnabled: boolean;
  /** Short summary in Leichte Sprache (always German), if any. */
  easySummary?: string | null;
  /** The booth's video with its captions; null (or absent) without one. */
  video?: BoothVideoView | null;
}

/** A booth's video as the player needs it. */
export interface BoothVideoView {
  url: string;
  /** hls: an HLS playlist; file: MP4 or WebM. */
  kind: 'hls' | 'file';
  /** WebVTT captions (German) for the text track. */
  captionsUrl: string;
  /** The player's accessible name. */
  title: string;
  description?: string | null;
}

/** A booth's video as its editors set it: exactly one of captionsId (an upload) and captionsUrl. */
export interface BoothVideo {
  url: string;
  captionsId?: number | null;
  captionsUrl?: string | null;
  title: string;
  description?: string | null;
}

/** A video uploaded for a booth, transcoded to HLS on the server. */
export interface VideoUpload {
  id: number;
  fileName: string;
  sizeBytes: number;
  /** processing: being transcoded ("wird umgewandelt"). */
  state: 'processing' | 'ready' | 'failed';
  /** The playlist to use as the video's address, once ready. */
  playlistUrl?: string | null;
  error?: string | null;
  uploadedAt: string;
}

/** WebVTT captions uploaded for a booth's video. */
export interface VideoCaptionsFile {
  id: number;
  fileName: string;
  sizeBytes: number;
  cueCount: number;
  url: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export interface HallPage extends Page<BoothCard> {
  /** The corrected search that ran instead, when the typed one found nothing. */
  didYouMean: string | null;
}

export interface BoothQuery {
  page: number;
  size: number;
  /** All editions at once; the cards name their edition. */
  allEditions?: boolean;
  /** One edition other than the page's. */
  edition?: string;
  topic?: string;
  /** Host region code, or "other". */
  region?: string;
  orgType?: string;
  maturity?: string;
  reuseModel?: string;
  /** At least this OZG maturity level … */
  ozgLevel?: number;
  /** … of this maturity model (1.1 when not given). */
  ozgModel?: OzgModel;
  efa?: boolean;
  /** SPDX licence identifier. */
  licence?: string;
  operatingModel?: string;
  day?: number;
  q?: string;
  sort?: HallSort;
}

export interface Bookmark {
  booth: BoothCard;
  createdAt: string;
}

export interface NewContactRequest {
  message: string;
  consent: boolean;
}

export interface ContactRequest {
  id: number;
  boothSlug: string;
  name: string;
  email: string;
  organisation: string | null;
  message: string;
  status: ContactRequestStatus;
  createdAt: string;
  updatedAt: string | null;
}

/** A service as its editor writes it: the topic field is a code. */
export interface ReuseOffer {
  name: string;
  summary?: string | null;
  topicField?: string | null;
  maturity: Maturity;
  reuseModel: ReuseModel;
  licence?: string | null;
  codeUrl?: string | null;
  technology?: string | null;
  adopters?: string[];
  contactExpert?: string | null;
  /** Identity across editions; sent back unchanged. */
  key?: string | null;
  profile?: ReuseProfile | null;
  /** Optional English texts. */
  nameEn?: string | null;
  summaryEn?: string | null;
}

export interface MaterialEntry {
  id: number;
  title: string;
}

/** The editable content of a booth. */
export interface BoothContent {
  name: string;
  tagline?: string | null;
  description?: string | null;
  topicFields: string[];
  eventDayId?: number | null;
  tags?: string[];
  links?: BoothLink[];
  logoId?: number | null;
  bannerId?: number | null;
  /** What the logo and the banner show; required with them. */
  logoAlt?: string | null;
  bannerAlt?: string | null;
  services?: ReuseOffer[];
  experts?: Expert[];
  /** Which uploaded materials the booth shows, in this order. */
  materials?: MaterialEntry[];
  /** Optional English texts. */
  nameEn?: string | null;
  taglineEn?: string | null;
  descriptionEn?: string | null;
  /** Optional short summary in Leichte Sprache (German). */
  easySummary?: string | null;
  /** Optional short video with captions. */
  video?: BoothVideo | null;
}

export interface EditorBooth {
  slug: string;
  /** Slug of the booth's edition. */
  edition?: string;
  /** Whether the booth's edition is a read-only archive. */
  archived?: boolean;
  name: string;
  exhibitor: ExhibitorRef;
  published: boolean;
  workflowState: WorkflowState;
  reason: string | null;
  updatedAt: string | null;
  /** Where the booth stands in the hall (set by admins). */
  placement: Placement;
  /** Whether the user may edit now; false while archive mode closed editing (admins always may). */
  editingEnabled: boolean;
  /** Whether the user may change the content at all: admins and leads; staff with the role "staff" read (absent: yes). */
  contentEditor?: boolean;
}

export interface BoothDraft {
  slug: string;
  /** Slug of the booth's edition. */
  edition?: string;
  exhibitor: ExhibitorRef;
  published: boolean;
  workflowState: WorkflowState;
  reason: string | null;
  /** Send it back when saving; -1 while no working copy exists. */
  version: number;
  content: BoothContent;
  uploadedMaterials: Material[];
  /** WebVTT captions uploaded for the booth's video (absent: none). */
  uploadedCaptions?: VideoCaptionsFile[];
  /** Videos uploaded for the booth, newest first (absent: none). */
  uploadedVideos?: VideoUpload[];
  editingEnabled: boolean;
  /** Whether the user may change the content at all: admins and leads; staff with the role "staff" read (absent: yes). */
  contentEditor?: boolean;
}



export interface AuditEntry {
  /** Login id; "system" for the application itself. */
  actor: string;
  /** The name to show (the login id for entries from before names were kept). */
  actorName: string;
  action: string;
  detail: string | null;
  at: string;
}

export interface ReviewQueueEntry {
  slug: string;
  /** Slug of the booth's edition. */
  edition?: string;
  name: string;
  exhibitor: ExhibitorRef;
  published: boolean;
  submittedBy: string;
  submittedAt: string;
}

export interface Review {
  slug: string;
  /** Slug of the booth's edition. */
  edition?: string;
  exhibitor: ExhibitorRef;
  workflowState: string;
  version: number;
  submittedBy: string;
  submittedAt: string;
  /** The approved content; null for a booth that was never published. */
  published: BoothContent | null;
  proposed: BoothContent;
  uploadedMaterials: Material[];
}

export interface Placement {
  hallOrder: number;
  tileSize: TileSize;
  featured: boolean;
}

export interface HallSettings {
  editingEnabled: boolean;
  contactRequestsEnabled: boolean;
}

export interface Exhibitor {
  slug: string;
  name: string;
  type: ExhibitorType;
  region: HostRegion | null;
  website: string | null;
  staff: string[];
}

export interface NewExhibitor {
  slug: string;
  name: string;
  type: ExhibitorType;
  region?: string;
  website?: string;
  staff?: string[];
}

export type TalkType = 'grusswort' | 'keynote' | 'fachbeitrag' | 'podium' | 'workshop';

export interface Speaker {
  /** The speaker's profile (page /referierende/:id). */
  id?: number | null;
  name: string;
  organisation: string | null;
  role: string | null;
  /** Photo with its alternative text, if the profile has one. */
  photo?: { url: string; alt: string } | null;
}

export interface TalkSummary {
  id: number;
  /** Slug of the talk's edition. */
  edition: string;
  title: string;
  type: TalkType;
  start: string;
  end: string;
  eventDayId: number;
  stage: { key: string; name: string; lang?: TextLangs };
  topicField: TopicField | null;
  speakers: Speaker[];
  /** Language of each text ("de" or "en"): English where asked for and written, else German. */
  lang?: TextLangs;
}

export interface ProgrammeNow {
  live: TalkSummary[];
  next: TalkSummary[];
}

export type EditionState = 'preparation' | 'open' | 'archive';

/** An edition of the series (GET /api/editions): its own event days, stages, hall and archive. */
export interface Edition {
  /** In addresses: /2027/halle. */
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  state: EditionState;
  /** The edition the plain addresses (/halle) lead to. */
  current: boolean;
}

/** An edition with its event days, for the admins (GET /api/admin/editions). */
export interface EditionDetail extends Edition {
  archiveAfterDays: number | null;
  eventDays: EventDay[];
}

export interface NewEditionDay {
  date: string;
  hostRegion: string;
  title: string;
  description?: string;
}

export interface NewEdition {
  slug: string;
  title: string;
  startsOn: string;
  endsOn: string;
  archiveAfterDays?: number;
  copyFrom?: string;
  current?: boolean;
  eventDays?: NewEditionDay[];
}

export interface EditionUpdate {
  title: string;
  startsOn: string;
  endsOn: string;
  archiveAfterDays?: number | null;
}

/** A booth as other records name it. */
export interface ReuseBoothRef {
  slug: string;
  edition: string;
  name: string;
  exhibitorSlug: string;
  exhibitorName: string;
}

export type ReuseStatus =
  | 'interesse'
  | 'im-gespraech'
  | 'vereinbarung'
  | 'in-einfuehrung'
  | 'nachgenutzt'
  | 'abgebrochen'
  | 'zurueckgezogen';

export interface NewReuseRequest {
  organisation: string;
  organisationType: ExhibitorType;
  ags?: string | null;
  inhabitants?: number | null;
  timeFrame?: string | null;
  questions?: string | null;
  consent: boolean;
}

export interface ReuseEvent {
  at: string;
  actor: string | null;
  kind: 'created' | 'status' | 'notes' | 'next-date' | 'assignee' | 'confirmed' | 'withdrawn';
  fromStatus: ReuseStatus | null;
  toStatus: ReuseStatus | null;
  detail: string | null;
}

export interface ReuseRequest {
  id: number;
  booth: ReuseBoothRef;
  serviceKey: string;
  serviceName: string;
  requesterName: string | null;
  requesterEmail: string | null;
  organisation: string;
  organisationType: ExhibitorType;
  ags: string | null;
  inhabitants: number | null;
  timeFrame: string | null;
  questions: string | null;
  status: ReuseStatus;
  allowedNext: ReuseStatus[];
  reason: string | null;
  notes: string | null;
  nextDate: string | null;
  assignee: string | null;
  confirmedAt: string | null;
  adoptionYear: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  history: ReuseEvent[] | null;
}

export interface ReuseHandling {
  version: number;
  status: ReuseStatus;
  reason?: string | null;
  notes?: string | null;
  nextDate?: string | null;
  assignee?: string | null;
}

export interface ReuseBoard {
  booth: ReuseBoothRef;
  staff: string[];
  requests: ReuseRequest[];
}
