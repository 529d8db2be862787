import { KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';
import { AppLink } from '../../../shared/ui/AppLink';
import { Paragraphs } from '../../../shared/ui/Paragraphs';
import type { CaptionsWaiver, FaqEntry } from '../api/programme';
import { useTalkCaptions } from '../captionsHooks';
import '../captionsTexts';
import { HlsPlayer } from './HlsPlayer';

// What stays after a talk: its recording with the text alternatives (captions, transcript, the decision to go
// without) and its FAQ. One module, so that talk, archive, captions and moderation pages share one chunk (the start
// page's chunk map stays as it is).

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

/**
 * The transcript of a recording as text below the player: open on the talk page, folded in the archive's list
 * (where many talks follow each other).
 */
export function Transcript({ text, folded = false, lang }: { text: string; folded?: boolean; lang?: string }) {
  const { t } = useTranslation();
  if (folded) {
    return (
      <details className="transcript">
        <summary>{t('captions.transcriptOf')}</summary>
        <div lang={lang}>
          <Paragraphs text={text} />
        </div>
      </details>
    );
  }
  return (
    <div className="transcript" lang={lang}>
      <Paragraphs text={text} />
    </div>
  );
}

/** An admin's decision to go online without captions: why, when and (for admins) who. */
export function WaiverNote({ waiver }: { waiver: CaptionsWaiver }) {
  const { t, i18n } = useTranslation();
  const at = formatDateTime(waiver.decidedAt, i18n.language);
  return (
    <p className="waiver-note">
      {waiver.decidedBy
        ? t('captions.waiver.currentBy', { by: waiver.decidedBy, at, reason: waiver.reason })
        : t('captions.waiver.current', { at, reason: waiver.reason })}
    </p>
  );
}

/** For those who may edit them (admins, moderators, the presenting booths' staff): the way to the captions page. */
export function CaptionsEditLink({ talkId }: { talkId: number }) {
  const { t } = useTranslation();
  const captions = useTalkCaptions(talkId);
  if (!captions.data?.mayEdit) return null;
  return <AppLink to={`/vortrag/${talkId}/untertitel`} label={t('captions.edit')} />;
}

/** A talk's FAQ (questions from its Q&A with their answers), in the language of the content. */
export function FaqList({ faq }: { faq: FaqEntry[] }) {
  const contentLang = useContentLang();
  return (
    <dl className="faq" lang={contentLang}>
      {faq.map((entry) => (
        <div key={entry.questionId}>
          <dt>{entry.question}</dt>
          <dd>{entry.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
