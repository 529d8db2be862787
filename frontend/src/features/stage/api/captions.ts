// Typed calls of captions and transcripts; apart from programme.ts so that the start page does not carry them.
import { http as client, type Opts } from '../../../shared/api';
import { sendText, type CaptionsPreview, type TalkCaptions } from './programme';

const talk = (id: number) => `/api/talks/${id}`;

export const captionsApi = {
  captions: (id: number, o?: Opts) => client.get<TalkCaptions>(`${talk(id)}/captions`, o),
  captionsFile: (id: number, o?: Opts) => client.blob(`${talk(id)}/captions.vtt`, o),
  /** Checks (dryRun) or stores WebVTT captions; the bytes go as they are, so the server checks their UTF-8. */
  saveCaptions: (id: number, vtt: Blob | string, dryRun: boolean) =>
    sendText<CaptionsPreview>('PUT', `${talk(id)}/captions?dryRun=${dryRun}`, 'text/vtt', vtt),
  saveTranscript: (id: number, text: string) =>
    client.send<TalkCaptions>('PUT', `${talk(id)}/transcript`, { body: { text } }),
  waiveCaptions: (id: number, reason: string) =>
    client.send<TalkCaptions>('PUT', `${talk(id)}/captions-waiver`, { body: { reason } }),
  revokeCaptionsWaiver: (id: number) => client.send<TalkCaptions>('DELETE', `${talk(id)}/captions-waiver`),
};
