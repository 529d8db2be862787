import { KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { HlsPlayer } from './HlsPlayer';

export type RecordingKind = 'hls' | 'file' | 'page';

/** How a recording address is played: HLS (.m3u8) in the player, video files in a video element, anything else as a link. */
export function recordingKind(url: string): RecordingKind {
  const path = (() => {
    try {
      return new URL(url).pathname.toLowerCase();
    } catch {
      return url.toLowerCase();
    }
  })();
  if (path.endsWith('.m3u8')) return 'hls';
  if (/\.(mp4|webm|ogv|m4v)$/.test(path)) return 'file';
  return 'page';
}

/** A recording with its WebVTT captions (a text track shown by default). */
export function Recording({ url, title, captionsUrl = null }: { url: string; title: string; captionsUrl?: string | null }) {
  const { t } = useTranslation();
  const kind = recordingKind(url);
  if (kind === 'hls') return <HlsPlayer url={url} captionsUrl={captionsUrl} title={title} />;
  if (kind === 'file') {
    return (
      // The browser's own controls are keyboard-operable for a plain video file.
      <video className="player__video" src={url} controls preload="metadata" aria-label={t('player.videoLabel', { title })}>
        {captionsUrl && <track kind="captions" src={captionsUrl} srcLang="de" label={t('player.captionsTrack')} default />}
      </video>
    );
  }
  return <KolLink _href={url} _label={t('talkPage.recordingLink')} _target="_blank" />;
}
