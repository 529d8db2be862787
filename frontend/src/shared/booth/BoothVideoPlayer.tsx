import { KolLink } from '@public-ui/react-v19';
import type Hls from 'hls.js';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiSession, boothPath, http, type BoothVideo, type BoothVideoView } from '../api';
import '../../i18n/boothPageTexts';

/** Whether an address is on another origin than the page (then the captions need CORS and crossorigin). */
export function isCrossOrigin(url: string, origin = window.location.origin): boolean {
  try {
    return new URL(url, origin).origin !== origin;
  } catch {
    return false;
  }
}

/** How the player plays an address: "hls" for a playlist, "file" otherwise. */
export function videoKind(url: string): 'hls' | 'file' {
  const path = url.split(/[?#]/)[0].toLowerCase();
  return path.endsWith('.m3u8') ? 'hls' : 'file';
}

/**
 * A video of a booth's content (a draft, a proposal under review) as the player takes it; null without captions.
 * Uploaded captions are read from the booth's captions address.
 */
export function boothVideoView(slug: string, video: BoothVideo): BoothVideoView | null {
  const captionsUrl =
    video.captionsUrl ?? (video.captionsId != null ? `${boothPath(slug)}/video-captions/${video.captionsId}` : null);
  if (!video.url || !captionsUrl) return null;
  return {
    url: video.url,
    kind: videoKind(video.url),
    captionsUrl,
    title: video.title,
    description: video.description ?? null,
  };
}

/**
 * A booth's video with the browser's own controls (keyboard-operable), German captions shown by default, no autoplay
 * and nothing loaded before the visitor asks: preload="none". An HLS playlist plays natively where the browser can
 * (Safari, recent Chrome); elsewhere hls.js, fetched as its own chunk when the player comes near the screen (never with the start
 * page), attaches to the element but loads no segment until the visitor presses play.
 */
/**
 * `lang`: the language of the title and description (the booth's content language). `withLogin`: the editor's preview
 * of a video not published yet, whose files and captions only the booth's editors may read: then this site's playlist
 * and segments go through hls.js with the login (the browser's own player cannot send it) and the captions are fetched
 * with it. Addresses on other sites never get the login.
 */
export function BoothVideoPlayer({ video, lang, withLogin = false }: { video: BoothVideoView; lang?: string; withLogin?: boolean }) {
  const { t } = useTranslation();
  const descriptionId = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [unsupported, setUnsupported] = useState(false);
  const loginForVideo = withLogin && !isCrossOrigin(video.url);
  const loginForCaptions = withLogin && !isCrossOrigin(video.captionsUrl);
  const [captionsSrc, setCaptionsSrc] = useState<string | undefined>(loginForCaptions ? undefined : video.captionsUrl);

  useEffect(() => {
    if (!loginForCaptions) {
      setCaptionsSrc(video.captionsUrl);
      return;
    }
    let objectUrl: string | undefined;
    let cancelled = false;
    setCaptionsSrc(undefined);
    http
      .blob(video.captionsUrl)
      .then((captions) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(captions);
        setCaptionsSrc(objectUrl);
      })
      .catch(() => {
        // Without its captions the preview still plays; the editor's own check names missing captions
      });
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [video.captionsUrl, loginForCaptions]);

  useEffect(() => {
    const element = videoRef.current;
    setUnsupported(false);
    if (!element || video.kind !== 'hls') return;
    if (!loginForVideo && element.canPlayType('application/vnd.apple.mpegurl')) {
      element.src = video.url;
      return () => element.removeAttribute('src');
    }
    let cancelled = false;
    let hls: Hls | null = null;
    const attach = () => {
      void import('hls.js').then(({ default: HlsClass }) => {
        if (cancelled) return;
        if (!HlsClass.isSupported()) {
          setUnsupported(true);
          return;
        }
        const player = new HlsClass({
          autoStartLoad: false,
          ...(loginForVideo && {
            xhrSetup: (xhr: XMLHttpRequest) => {
              const token = apiSession.getAccessToken();
              if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
            },
          }),
        });
        player.on(HlsClass.Events.ERROR, (_event, data) => {
          if (!data.fatal) return;
          if (data.type === HlsClass.ErrorTypes.MEDIA_ERROR) player.recoverMediaError();
          else setUnsupported(true);
        });
        player.loadSource(video.url);
        player.attachMedia(element);
        // Segments only once the visitor starts the video
        element.addEventListener('play', () => player.startLoad(), { once: true });
        hls = player;
      });
    };
    let observer: IntersectionObserver | null = null;
    if (typeof IntersectionObserver === 'undefined') attach();
    else {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer?.disconnect();
            attach();
          }
        },
        { rootMargin: '200px' },
      );
      observer.observe(element);
    }
    return () => {
      cancelled = true;
      observer?.disconnect();
      hls?.destroy();
      element.removeAttribute('src');
    };
  }, [video.url, video.kind, loginForVideo]);

  const crossOrigin = isCrossOrigin(video.captionsUrl) ? 'anonymous' : undefined;
  return (
    <div className="booth-video">
      <video
        ref={videoRef}
        className="booth-video__player"
        controls
        playsInline
        preload="none"
        crossOrigin={crossOrigin}
        src={video.kind === 'file' ? video.url : undefined}
        aria-label={t('boothPage.video.label', { title: video.title })}
        aria-describedby={video.description ? descriptionId : undefined}
      >
        {captionsSrc && <track kind="captions" src={captionsSrc} srcLang="de" label={t('boothPage.video.captions')} default />}
      </video>
      {video.description && (
        <p id={descriptionId} className="booth-video__description" lang={lang}>
          {video.description}
        </p>
      )}
      {unsupported && (
        <p className="booth-video__fallback" role="status">
          {t('boothPage.video.unsupported')}{' '}
          <KolLink _href={video.url} _label={t('boothPage.video.open')} />
        </p>
      )}
    </div>
  );
}
