import { ApiError, apiSession, http, NETWORK_ERROR_STATUS, type ProblemDetail } from '../../shared/api';
import { uploadWithProgress } from '../../shared/api/upload';

export type Compliance = 'vollstaendig' | 'teilweise' | 'nicht';
export type AssessmentMethod = 'selbstbewertung' | 'fremdpruefung';
export type ReportStatus = 'neu' | 'in-bearbeitung' | 'beantwortet' | 'abgeschlossen';
export type SignVideoSlot = 'angebot' | 'bedienung' | 'erklaerung' | 'weitere';

export const REPORT_STATUSES: ReportStatus[] = ['neu', 'in-bearbeitung', 'beantwortet', 'abgeschlossen'];
export const SIGN_VIDEO_SLOTS: SignVideoSlot[] = ['angebot', 'bedienung', 'erklaerung', 'weitere'];

export interface NonAccessiblePart {
  part: string;
  reason: string;
  alternative?: string | null;
}

/** GET /api/accessibility/statement: the statement in the requested language. */
export interface Statement {
  lang: 'de' | 'en';
  bodyName: string;
  scope: string;
  compliance: Compliance;
  standard: string;
  nonAccessible: NonAccessiblePart[];
  preparedOn: string;
  method: AssessmentMethod;
  lastReviewedOn: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  enforcementName: string;
  enforcementText: string;
  enforcementEmail: string;
  enforcementUrl: string;
  answerDays: number;
}

export interface StatementTexts {
  bodyName: string;
  scope: string;
  nonAccessible: NonAccessiblePart[];
  contactName: string;
  enforcementName: string;
  enforcementText: string;
}

export interface Review {
  dueOn: string;
  reminder: boolean;
  overdue: boolean;
}

export interface StatementAdmin {
  compliance: Compliance;
  standard: string;
  preparedOn: string;
  method: AssessmentMethod;
  lastReviewedOn: string;
  contactEmail: string;
  contactPhone?: string | null;
  enforcementEmail: string;
  enforcementUrl: string;
  de: StatementTexts;
  en: StatementTexts;
  review: Review;
  updatedAt: string;
  updatedBy: string;
  version: number;
}

export type StatementUpdate = Omit<StatementAdmin, 'review' | 'updatedAt' | 'updatedBy' | 'version'> & {
  version?: number;
};

export interface Overview {
  statementPublished: boolean;
  review?: Review | null;
  openReports: number;
  overdueReports: number;
  answerDays: number;
}

export interface FormToken {
  token: string;
  minFillSeconds: number;
}

export interface ReportReceipt {
  id: number;
  answerDueAt: string;
  answerByMail: boolean;
}

export interface Report {
  id: number;
  description: string;
  location: string;
  contactEmail?: string;
  lang: string;
  attachment?: { fileName: string; mediaType: string; sizeBytes: number };
  status: ReportStatus;
  assignee?: string;
  createdAt: string;
  dueAt: string;
  firstReplyAt?: string;
  overdue: boolean;
  updatedAt: string;
  version: number;
}

export interface Reply {
  id: number;
  message: string;
  interim: boolean;
  sentBy: string;
  sentAt: string;
  mailedTo?: string | null;
  mailSent: boolean;
}

export interface ReportDetail {
  report: Report;
  replies: Reply[];
}

export interface SignVideo {
  slot: SignVideoSlot;
  title: string;
  transcript: string;
  videoUrl?: string;
  captionsUrl?: string;
  mediaType?: string;
  sizeBytes?: number;
  durationSeconds?: number;
  updatedAt: string;
}

type Opts = { signal?: AbortSignal };

/** PUT of a multipart form (the shared upload helper only POSTs); failures become ApiErrors like elsewhere. */
async function putForm<T>(url: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': apiSession.getLanguage(),
  };
  const token = apiSession.getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, { method: 'PUT', headers, body: form });
  } catch (cause) {
    throw new ApiError({ status: NETWORK_ERROR_STATUS, type: 'about:blank', title: 'Network error' }, { cause });
  }
  if (!response.ok) {
    let problem: ProblemDetail = { status: response.status };
    try {
      problem = { ...problem, ...((await response.json()) as Partial<ProblemDetail>), status: response.status };
    } catch {
      // no JSON body: the status alone
    }
    throw new ApiError(problem);
  }
  return (await response.json()) as T;
}
const report = (id: number) => `/api/admin/accessibility/reports/${id}`;

/** The calls of the accessibility duties (docs/accessibility.md). */
export const accessibilityApi = {
  statement: (o?: Opts) => http.get<Statement>('/api/accessibility/statement', o),
  formToken: (o?: Opts) => http.get<FormToken>('/api/accessibility/reports/form', o),
  /** Multipart, like a browser form: the file is optional. */
  sendReport: (form: FormData) =>
    uploadWithProgress<ReportReceipt>({
      url: '/api/accessibility/reports',
      form,
      token: apiSession.getAccessToken(),
      language: apiSession.getLanguage(),
    }),
  signVideos: (o?: Opts) => http.get<SignVideo[]>('/api/accessibility/sign-videos', o),

  overview: (o?: Opts) => http.get<Overview>('/api/admin/accessibility/overview', o),
  adminStatement: (o?: Opts) => http.get<StatementAdmin>('/api/admin/accessibility/statement', o),
  saveStatement: (update: StatementUpdate) =>
    http.send<StatementAdmin>('PUT', '/api/admin/accessibility/statement', { body: update }),
  reports: (query: { status?: ReportStatus | ''; overdue?: boolean }, o?: Opts) =>
    http.get<Report[]>('/api/admin/accessibility/reports', { ...o, query }),
  report: (id: number, o?: Opts) => http.get<ReportDetail>(report(id), o),
  updateReport: (id: number, update: { status?: ReportStatus; assignee?: string }) =>
    http.send<Report>('PATCH', report(id), { body: update }),
  reply: (id: number, reply: { message: string; interim: boolean }) =>
    http.send<Reply>('POST', `${report(id)}/replies`, { body: reply }),
  attachment: (id: number) => http.blob(`${report(id)}/attachment`),
  saveSignVideo: (slot: SignVideoSlot, form: FormData) =>
    putForm<SignVideo>(`/api/admin/accessibility/sign-videos/${slot}`, form),
};
