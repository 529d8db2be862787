import { KolButton } from '@public-ui/react-v19';
import type Hls from 'hls.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface HlsPlayerProps {
  url: string;
  captionsUrl: string | null;
  title: string;
  /** Small layout for the mini-player: fewer controls, no captions toggle text. */
  compact?: boolean;
  onStarted?: () => void;
}

type Status = 'idle' | 'loading' | 'playing' | 'paused' | 'error';

/** Picks the level to play with audio only: an audio-only rendition if the stream has one, else the lowest. */
export function audioOnlyLevel(levels: { videoCodec?: string; audioCodec?: string; bitrate: number }[]): number {
  const audio = levels.findIndex((l) => !l.videoCodec && Boolean(l.audioCodec));
  if (audio >= 0) return audio;
  let lowest = 0;
  levels.forEach((l, i) => {
    if (l.bitrate < levels[lowest].bitrate) lowest = i;
  });
  return lowest;
}

/**
 * The HLS player with its own keyboard-operable controls (KoliBri buttons). hls.js plays the stream
 * wherever the browser has Media Source Extensions; where it has not (iOS Safari) the browser's own
 * HLS support takes over. WebVTT captions go in as a text track, shown by default.
 */
export function HlsPlayer({ url, captionsUrl, title, compact = false, onStarted }: HlsPlayerProps) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const hlsRef = useRef<Hls | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [muted, setMuted] = useState(false);
  const [captions, setCaptions] = useState(true);
  const [audioOnly, setAudioOnly] = useState(false);
  // Subtitles inside the stream (an HLS subtitle rendition), beside or instead of a separate WebVTT file
  const [streamSubtitles, setStreamSubtitles] = useState(false);
  const captionsRef = useRef(captions);
  captionsRef.current = captions;
  const wantsPlay = useRef(false);

  // hls.js (about 180 kB compressed) is fetched when the visitor presses play, not when the page opens.
  const [requested, setRequested] = useState(false);
  useEffect(() => {
    setRequested(false);
    setStatus('idle');
    setStreamSubtitles(false);
  }, [url]);

  const onStartedRef = useRef(onStarted);
  onStartedRef.current = onStarted;
  const start = useCallback((video: HTMLVideoElement) => {
    void video.play().then(
      () => onStartedRef.current?.(),
      () => setStatus('error'),
    );
  }, []);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !requested) return;
    let cancelled = false;
    void import('hls.js').then(({ default: HlsClass }) => {
      if (cancelled) return;
      if (HlsClass.isSupported()) {
        const hls = new HlsClass({ lowLatencyMode: true });
        hls.on(HlsClass.Events.ERROR, (_event, data) => {
          if (!data.fatal) return;
          if (data.type === HlsClass.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
          else setStatus('error');
        });
        hls.on(HlsClass.Events.SUBTITLE_TRACKS_UPDATED, (_event, data) => {
          if (data.subtitleTracks.length === 0) return;
          // The stream's default subtitle track (German first), shown unless the visitor switched captions off
          const german = data.subtitleTracks.findIndex((track) => track.lang?.startsWith('de'));
          hls.subtitleTrack = german >= 0 ? german : 0;
          hls.subtitleDisplay = captionsRef.current;
          setStreamSubtitles(true);
        });
        hls.loadSource(url);
        hls.attachMedia(video);
        hlsRef.current = hls;
      } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
        // The browser plays HLS itself and lists the stream's subtitles as text tracks
        video.textTracks.addEventListener('addtrack', (event) => {
          if (event.track?.kind === 'subtitles') setStreamSubtitles(true);
        });
        video.src = url;
      } else {
        setStatus('error');
        return;
      }
      if (wantsPlay.current) start(video);
    });
    return () => {
      cancelled = true;
      hlsRef.current?.destroy();
      hlsRef.current = null;
      video.removeAttribute('src');
    };
  }, [url, requested, start]);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const onPlay = () => setStatus('playing');
    const onPause = () => setStatus('paused');
    const onError = () => setStatus('error');
    video.addEventListener('playing', onPlay);
    video.addEventListener('pause', onPause);
    video.addEventListener('error', onError);
    // Moving the player between the stage page and the mini-player takes it out of the document for a
    // moment; some browsers pause then. Resume if the visitor had not paused it.
    const host = video.closest('.player-host');
    const onMoved = () => {
      if (wantsPlay.current && video.paused) void video.play().catch(() => undefined);
    };
    host?.addEventListener('player-moved', onMoved);
    return () => {
      video.removeEventListener('playing', onPlay);
      video.removeEventListener('pause', onPause);
      video.removeEventListener('error', onError);
      host?.removeEventListener('player-moved', onMoved);
    };
  }, []);

  useEffect(() => {
    const hls = hlsRef.current;
    if (hls) hls.subtitleDisplay = captions;
    const tracks = videoRef.current?.textTracks;
    if (!tracks) return;
    // The separate WebVTT file's track; without hls.js (Safari plays HLS itself) also the stream's own tracks
    for (let i = 0; i < tracks.length; i++) {
      const track = tracks[i];
      if (track.kind !== 'captions' && track.kind !== 'subtitles') continue;
      if (hls && track.kind === 'subtitles') continue;
      track.mode = captions ? 'showing' : 'hidden';
    }
  }, [captions, captionsUrl, streamSubtitles]);

  useEffect(() => {
    const hls = hlsRef.current;
    if (!hls || hls.levels.length === 0) return;
    hls.currentLevel = audioOnly ? audioOnlyLevel(hls.levels) : -1;
  }, [audioOnly]);

  const togglePlay = () => {
    const video = videoRef.current;
    if (!video) return;
    if (video.paused) {
      wantsPlay.current = true;
      setStatus('loading');
      if (requested) start(video);
      else setRequested(true);
    } else {
      wantsPlay.current = false;
      video.pause();
    }
  };
  const toggleMute = () => {
    const video = videoRef.current;
    if (!video) return;
    video.muted = !video.muted;
    setMuted(video.muted);
  };
  const playing = status === 'playing' || status === 'loading';

  return (
    <div className={`player${audioOnly ? ' player--audio' : ''}${compact ? ' player--compact' : ''}`}>
      <div className="player__screen">
        <video
          ref={videoRef}
          className="player__video"
          playsInline
          preload="metadata"
          crossOrigin={captionsUrl ? 'anonymous' : undefined}
          aria-label={t('player.videoLabel', { title })}
          onClick={togglePlay}
        >
          {captionsUrl && <track kind="captions" src={captionsUrl} srcLang="de" label={t('player.captionsTrack')} default />}
        </video>
        {audioOnly && (
          <p className="player__audio-note" aria-hidden="true">
            {t('player.audioOnlyNote')}
          </p>
        )}
      </div>
      <div className="player__controls" role="group" aria-label={t('player.controls', { title })}>
        <KolButton _label={playing ? t('player.pause') : t('player.play')} _variant="primary" _on={{ onClick: togglePlay }} />
        <KolButton _label={muted ? t('player.unmute') : t('player.mute')} _variant="secondary" _on={{ onClick: toggleMute }} />
        {(captionsUrl || streamSubtitles) && !compact && (
          <KolButton
            _label={captions ? t('player.captionsOff') : t('player.captionsOn')}
            _variant="secondary"
            _on={{ onClick: () => setCaptions((c) => !c) }}
          />
        )}
        {!compact && (
          <KolButton
            _label={audioOnly ? t('player.videoOn') : t('player.audioOnly')}
            _variant="secondary"
            _on={{ onClick: () => setAudioOnly((a) => !a) }}
          />
        )}
      </div>
      <p className="player__status" role="status">
        {t(`player.status.${status}`)}
      </p>
    </div>
  );
}
