import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../i18n/format';
import type { SignVideo } from '../api';
import '../../../i18n/accessibilityTexts';

function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The sign-language slot of a Leichte-Sprache page: the video with captions and a download link (BITV 2.0
 * Anlage 2 Teil 1 asks for size and playing time), or a placeholder; the transcript always below.
 */
export function SignVideoPanel({ video, fallbackTranscript }: { video?: SignVideo; fallbackTranscript: string }) {
  const { t, i18n } = useTranslation();
  const transcript = video?.transcript ?? fallbackTranscript;
  return (
    <section className="sign-video panel" aria-labelledby="sign-video-heading">
      <h2 id="sign-video-heading" className="sign-video__heading">
        {t('a11y.easy.signHeading')}
      </h2>
      {video?.videoUrl ? (
        <>
          <video className="sign-video__player" controls preload="metadata" width={320} height={240}>
            <source src={video.videoUrl} type={video.mediaType} />
            {video.captionsUrl && <track kind="captions" src={video.captionsUrl} srcLang="de" label="Deutsch" default />}
          </video>
          {video.sizeBytes !== undefined && (
            <p>
              <a href={video.videoUrl} download>
                {video.durationSeconds
                  ? t('a11y.easy.download', {
                      size: formatBytes(video.sizeBytes, i18n.language),
                      duration: formatDuration(video.durationSeconds),
                    })
                  : t('a11y.easy.download_noDuration', { size: formatBytes(video.sizeBytes, i18n.language) })}
              </a>
            </p>
          )}
        </>
      ) : (
        <div className="sign-video__placeholder" role="note">
          <p>{t('a11y.easy.signPlaceholder')}</p>
        </div>
      )}
      <KolHeading _label={t('a11y.easy.transcript')} _level={3} />
      {/* Transcripts of DGS videos are German; the fallback is the page's own text in the reader's language */}
      <p className="pre-line" lang={video ? 'de' : undefined}>
        {transcript}
      </p>
    </section>
  );
}
