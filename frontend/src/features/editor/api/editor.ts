import { boothPath, http, upload, type Opts, type UploadProgress } from '../../../shared/api';
import type { BoothContent, BoothDraft, ContactRequest, ContactRequestStatus, Material, VideoCaptionsFile, VideoUpload } from '../../../shared/api';

/** POST …/services/publiccode: the working copy with the imported service, and the keys not taken over. */
export interface PublicCodeImport {
  draft: BoothDraft;
  service: string;
  unmapped: string[];
}

/** The exhibitor's side of a booth (staff of its exhibitor, or admins): draft, materials, inbox, statistics. */
export const editorApi = {
  draft: (slug: string, o?: Opts) => http.get<BoothDraft>(`${boothPath(slug)}/draft`, o),
  saveDraft: (slug: string, version: number, content: BoothContent) =>
    http.send<BoothDraft>('PUT', `${boothPath(slug)}/draft`, { body: { version, content } }),
  submitDraft: (slug: string, version: number) =>
    http.send<BoothDraft | undefined>('POST', `${boothPath(slug)}/submit`, { body: { version } }),
  uploadMaterial: (slug: string, file: File, title: string, onProgress?: (p: UploadProgress) => void, signal?: AbortSignal) => {
    const form = new FormData();
    form.append('file', file);
    form.append('title', title);
    return upload<Material>(`${boothPath(slug)}/materials`, form, onProgress, signal);
  },
  /** WebVTT captions for the booth's video; checked line by line (400 names each line). */
  uploadVideoCaptions: (slug: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return upload<VideoCaptionsFile>(`${boothPath(slug)}/video-captions`, form);
  },
  /** A video (MP4, WebM, MOV) the server transcodes to HLS; 503 where it has no ffmpeg. */
  uploadVideo: (slug: string, file: File, onProgress?: (p: UploadProgress) => void) => {
    const form = new FormData();
    form.append('file', file);
    return upload<VideoUpload>(`${boothPath(slug)}/video-uploads`, form, onProgress);
  },
  videoUpload: (slug: string, id: number, o?: Opts) => http.get<VideoUpload>(`${boothPath(slug)}/video-uploads/${id}`, o),
  contactRequests: (slug: string, o?: Opts) => http.get<ContactRequest[]>(`${boothPath(slug)}/contact-requests`, o),
  setContactRequestStatus: (slug: string, id: number, status: ContactRequestStatus) =>
    http.send<ContactRequest>('PATCH', `${boothPath(slug)}/contact-requests/${id}`, { body: { status } }),
  importPublicCode: (slug: string, yaml: string) =>
    http.send<PublicCodeImport>('POST', `${boothPath(slug)}/services/publiccode`, { body: { yaml } }),
  /** A working copy of the booth of one edition in another (the exhibitor must take part there). */
  carryOver: (slug: string, from: string | undefined, to: string) =>
    http.send<BoothDraft>('POST', `${boothPath(slug)}/carry-over`, { query: { edition: from }, body: { edition: to } }),
  /** A new booth in the given edition (else the page's). */
  createBooth: (exhibitor: string, slug: string, name: string, edition?: string) =>
    http.send<BoothDraft | undefined>('POST', `/api/exhibitors/${encodeURIComponent(exhibitor)}/booths`, {
      body: { slug, name },
      ...(edition ? { query: { edition } } : {}),
    }),
};
