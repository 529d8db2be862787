// Typed calls of the programme: talks, stages and their streams, Q&A, polls, the agenda and the import.
import { ApiError, NETWORK_ERROR_STATUS, type ProblemDetail } from '../../../shared/api/client';
import { apiSession as session, editionUrl, http as client, upload, type Opts, type UploadProgress } from '../../../shared/api';
import type { EventDay, TalkSummary, TalkType, TextLangs, TopicField } from '../../../shared/api/types';
import type { ShownImage } from '../../../shared/fair/branding';

export type LiveState = 'upcoming' | 'live' | 'paused' | 'ended';
export type StreamKind = 'none' | 'hls' | 'embed';
export type EmbedProvider = 'youtube' | 'vimeo' | 'peertube' | 'other';
export type QuestionStatus = 'pending' | 'approved' | 'answered' | 'rejected';
export type PollState = 'draft' | 'open' | 'closed';

export interface SpeakerDetail {
  /** The speaker's profile (page /referierende/:id); sent without one, a new profile is made. */
  id?: number | null;
  name: string;
  organisation: string | null;
  role: string | null;
  photo?: ShownImage | null;
}

/** A speaker's profile with bio and talks. */
export interface SpeakerProfile {
  id: number;
  name: string;
  organisation: string | null;
  role: string | null;
  bio: string | null;
  bioEn: string | null;
  photo: ShownImage | null;
  talks: TalkSummary[];
  version: number;
}

export interface SpeakerInput {
  name: string;
  organisation?: string | null;
  role?: string | null;
  bio?: string | null;
  bioEn?: string | null;
  photoImageId?: number | null;
  photoAlt?: string | null;
  version?: number;
}

export interface BoothRef {
  slug: string;
  name: string;
  exhibitorSlug: string;
  exhibitorName: string;
}

export interface TalkMaterial {
  id: number;
  title: string;
  kind: string;
  mediaType: string;
  fileName: string;
  sizeBytes: number;
  downloadCount: number;
  /** Download address, e.g. /api/talks/12/materials/3 */
  url: string;
  createdAt: string;
}

export interface ArchivedTalk {
  talk: TalkSummary;
  recordingUrl: string | null;
  /** WebVTT captions of the recording. */
  captionsUrl: string | null;
  /** Plain text, paragraphs separated by blank lines. */
  transcript: string | null;
  materials: TalkMaterial[];
  faq: FaqEntry[];
}

export interface DayArchive {
  eventDay: EventDay;
  talks: ArchivedTalk[];
}

export interface TalkDetail {
  id: number;
  title: string;
  summary: string | null;
  type: TalkType;
  start: string;
  end: string;
  eventDay: EventDay;
  stage: { key: string; name: string; lang?: TextLangs };
  topicField: TopicField | null;
  language: string;
  speakers: SpeakerDetail[];
  booths: BoothRef[];
  recordingUrl: string | null;
  captionsUrl: string | null;
  transcript: string | null;
  /** Slides and other files of the talk. */
  materials: TalkMaterial[];
  inAgenda: boolean;
  /** Sent back with a change, so a stale edit gets 409. */
  version: number;
  /** Short summary in Leichte Sprache (always German), if any. */
  easySummary?: string | null;
  /** The texts as written (German and English), for the editor. */
  texts?: TalkTexts;
  /** Language of each text ("de" or "en"). */
  lang?: TextLangs;
}

/** A talk's texts as written: German and the optional English ones. */
export interface TalkTexts {
  title: string;
  summary: string | null;
  titleEn: string | null;
  summaryEn: string | null;
}

export interface StreamView {
  kind: StreamKind;
  url: string | null;
  provider: EmbedProvider | null;
  captionsUrl: string | null;
  /** Why it streams without a captions address (who decided: admins only). */
  captionsWaiver: CaptionsWaiver | null;
}

export interface CaptionsWaiver {
  reason: string;
  decidedBy: string | null;
  decidedAt: string;
}

export interface Cue {
  start: string;
  end: string;
  startMillis: number;
  endMillis: number;
  text: string;
}

export interface CaptionsPreview {
  cues: Cue[];
  transcript: string;
}

export interface TalkCaptions {
  talkId: number;
  vttUrl: string | null;
  cueCount: number;
  transcript: string | null;
  transcriptEdited: boolean;
  updatedAt: string | null;
  waiver: CaptionsWaiver | null;
  /** A recording may go online: captions or an admin decision. */
  publishable: boolean;
  mayEdit: boolean;
  mayDecide: boolean;
}

export interface LiveView {
  state: LiveState;
  message: string | null;
  changedAt: string | null;
}

export interface StageView {
  key: string;
  /** Slug of the stage's edition. */
  edition?: string;
  name: string;
  stream: StreamView;
  live: LiveView;
  current: TalkSummary | null;
  next: TalkSummary | null;
  /** People following the stage right now (a few seconds old at most). */
  viewers: number;
  version: number;
  /** Language of each text ("de" or "en"). */
  lang?: TextLangs;
}

export interface QuestionView {
  id: number;
  text: string;
  author: string | null;
  anonymous: boolean;
  status: QuestionStatus;
  pinned: boolean;
  votes: number;
  votedByMe: boolean;
  mine: boolean;
  answer: string | null;
  inFaq: boolean;
  createdAt: string;
}

export interface QuestionModeration {
  status?: QuestionStatus;
  pinned?: boolean;
  answer?: string;
  inFaq?: boolean;
}

export interface FaqEntry {
  questionId: number;
  question: string;
  answer: string;
}

export interface PollView {
  id: number;
  question: string;
  multiple: boolean;
  state: PollState;
  options: { id: number; text: string; votes: number }[];
  voters: number;
  myVote: number[] | null;
}

/** A talk as admins write it: times are local times (Europe/Berlin, "10:00") on the event day's date. */
export interface TalkInput {
  eventDayId: number;
  stage: string;
  start: string;
  end: string;
  type: TalkType;
  title: string;
  summary?: string;
  topicField?: string;
  language: string;
  speakers: SpeakerDetail[];
  booths?: string[];
  recordingUrl?: string;
  version?: number;
  titleEn?: string;
  summaryEn?: string;
  easySummary?: string;
}

export interface TalkSaved {
  talk: TalkDetail;
  overlaps: TalkSummary[];
}

export interface ImportReport {
  dryRun: boolean;
  talks: number;
  created: number;
  updated: number;
  overlaps: TalkSummary[];
}

/** An import problem as the backend lists it: CSV line or pretalx entry, field and message. */
export interface ImportError {
  line?: number;
  field?: string;
  message: string;
}

export interface TalkFilter {
  day?: number;
  stage?: string;
  topic?: string;
  type?: string;
  q?: string;
}

export type ImportFormat = 'pretalx' | 'csv';

/** A stage's name in German (required) and English (optional), with the version to save against. */
export interface StageNames {
  name: string;
  nameEn: string | null;
  version: number;
}

const talk = (id: number) => `/api/talks/${id}`;
const stage = (key: string) => `/api/stages/${encodeURIComponent(key)}`;

/**
 * The import and the captions take the file as it is (JSON, CSV or WebVTT text), not wrapped in JSON, so they
 * are sent with fetch directly; failures become the same ApiError as every other call.
 */
export async function sendText<T>(method: 'POST' | 'PUT', url: string, contentType: string, body: BodyInit): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': session.getLanguage(),
    'Content-Type': contentType,
  };
  const token = session.getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body });
  } catch (cause) {
    throw new ApiError({ status: NETWORK_ERROR_STATUS, title: 'Network error', detail: String(cause) }, { cause });
  }
  const json = (response.headers.get('Content-Type') ?? '').includes('json') ? await response.json() : undefined;
  if (!response.ok) throw new ApiError({ status: response.status, ...(json as Partial<ProblemDetail>) });
  return json as T;
}

const postImport = (format: ImportFormat, dryRun: boolean, text: string) =>
  sendText<ImportReport>('POST', editionUrl('/api/admin/programme/import', { format, dryRun }),
    format === 'csv' ? 'text/csv' : 'application/json', text);

export const programmeApi = {
  speakers: (o?: Opts) => client.get<SpeakerDetail[]>('/api/speakers', o),
  speaker: (id: number, o?: Opts) => client.get<SpeakerProfile>(`/api/speakers/${id}`, o),
  createSpeaker: (input: SpeakerInput) => client.send<SpeakerProfile>('POST', '/api/speakers', { body: input }),
  updateSpeaker: (id: number, input: SpeakerInput) => client.send<SpeakerProfile>('PUT', `/api/speakers/${id}`, { body: input }),
  talks: (filter: TalkFilter, o?: Opts) => client.get<TalkSummary[]>('/api/talks', { ...o, query: { ...filter } }),
  talk: (id: number, o?: Opts) => client.get<TalkDetail>(talk(id), o),
  talkIcsUrl: (id: number) => `${talk(id)}/ics`,
  createTalk: (input: TalkInput) => client.send<TalkSaved>('POST', '/api/talks', { body: input }),
  updateTalk: (id: number, input: TalkInput) => client.send<TalkSaved>('PUT', talk(id), { body: input }),
  deleteTalk: (id: number) => client.send<void>('DELETE', talk(id)),
  importProgramme: postImport,

  dayArchive: (dayId: number, q: string | undefined, o?: Opts) =>
    client.get<DayArchive>(`/api/event-days/${dayId}/archive`, { ...o, query: { q } }),
  /** The archive of one edition, or of all of them (`edition` undefined). */
  archive: (edition: string | undefined, q: string | undefined, o?: Opts) =>
    client.get<ArchivedTalk[]>('/api/archive', { ...o, query: edition ? { edition, q } : { allEditions: true, q } }),
  setRecording: (id: number, url: string | null) => client.send<{ url: string | null }>('PUT', `${talk(id)}/recording`, { body: { url } }),
  uploadSlides: (id: number, file: File, title: string, onProgress?: (p: UploadProgress) => void) => {
    const form = new FormData();
    form.append('file', file);
    if (title.trim()) form.append('title', title.trim());
    return upload<TalkMaterial>(`${talk(id)}/materials`, form, onProgress);
  },
  deleteSlides: (id: number, materialId: number) => client.send<void>('DELETE', `${talk(id)}/materials/${materialId}`),

  stages: (o?: Opts) => client.get<StageView[]>('/api/stages', o),
  stage: (key: string, o?: Opts) => client.get<StageView>(stage(key), o),
  setLive: (key: string, state: LiveState, message?: string) =>
    client.send<StageView>('PUT', `${stage(key)}/live`, { body: { state, message: message || undefined } }),
  /** The stage's names in German and English as stored (admins). */
  stageNames: (key: string, o?: Opts) => client.get<StageNames>(`${stage(key)}/names`, o),
  rename: (key: string, names: StageNames) => client.send<StageNames>('PUT', `${stage(key)}/names`, { body: names }),
  setStream: (key: string, update: { kind: StreamKind; url?: string; provider?: string; captionsUrl?: string; captionsWaiver?: string; version: number }) =>
    client.send<StageView>('PUT', `${stage(key)}/stream`, { body: update }),

  agenda: (o?: Opts) => client.get<TalkSummary[]>('/api/me/agenda', o),
  addToAgenda: (id: number) => client.send<void>('PUT', `/api/me/agenda/${id}`),
  removeFromAgenda: (id: number) => client.send<void>('DELETE', `/api/me/agenda/${id}`),
  agendaIcs: (o?: Opts) => client.blob('/api/me/agenda.ics', o),
  rotateFeed: () => client.send<{ url: string }>('POST', '/api/me/agenda/feed'),

  questions: (id: number, sort: 'votes' | 'newest' = 'votes', o?: Opts) =>
    client.get<QuestionView[]>(`${talk(id)}/questions`, { ...o, query: { sort } }),
  ask: (id: number, text: string, anonymous: boolean) =>
    client.send<QuestionView>('POST', `${talk(id)}/questions`, { body: { text, anonymous } }),
  vote: (id: number, questionId: number, up: boolean) =>
    client.send<QuestionView>(up ? 'PUT' : 'DELETE', `${talk(id)}/questions/${questionId}/vote`),
  moderate: (id: number, questionId: number, change: QuestionModeration) =>
    client.send<QuestionView>('PATCH', `${talk(id)}/questions/${questionId}`, { body: change }),
  faq: (id: number, o?: Opts) => client.get<FaqEntry[]>(`${talk(id)}/faq`, o),

  polls: (id: number, o?: Opts) => client.get<PollView[]>(`${talk(id)}/polls`, o),
  createPoll: (id: number, question: string, options: string[], multiple: boolean) =>
    client.send<PollView>('POST', `${talk(id)}/polls`, { body: { question, options, multiple } }),
  setPollState: (pollId: number, state: PollState) =>
    client.send<PollView>('PUT', `/api/polls/${pollId}/state`, { body: { state } }),
  votePoll: (pollId: number, optionIds: number[]) =>
    client.send<PollView>('POST', `/api/polls/${pollId}/votes`, { body: { optionIds } }),
};
