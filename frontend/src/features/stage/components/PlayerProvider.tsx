import { KolButton } from '@public-ui/react-v19';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useContentLang } from '../../../i18n/useContentLang';
import { AppLink } from '../../../shared/ui/AppLink';
import { PlayerContext, type PlayerControls, type PlayingStage } from '../playerContext';
import '../stage.css';

// The players come with the first stage visit, not with every page: the provider sits in the app shell.
const HlsPlayer = lazy(() => import('./HlsPlayer').then((module) => ({ default: module.HlsPlayer })));
const EmbedPlayer = lazy(() => import('./EmbedPlayer').then((module) => ({ default: module.EmbedPlayer })));

function sameStream(a: PlayingStage, b: PlayingStage): boolean {
  return a.key === b.key && a.stream.kind === b.stream.kind && a.stream.url === b.stream.url && a.stream.captionsUrl === b.stream.captionsUrl;
}

/**
 * Keeps the stage player above the routes: the player is rendered once into a host element that moves
 * between the stage page's slot and the docked mini-player, so playback goes on while the visitor walks
 * to a booth. Only HLS streams dock: an external embed would reload when moved.
 */
export function PlayerProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const { pathname } = useLocation();
  const [stage, setStage] = useState<PlayingStage | null>(null);
  const [started, setStarted] = useState(false);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [dock, setDock] = useState<HTMLElement | null>(null);
  const host = useMemo(() => {
    const element = document.createElement('div');
    element.className = 'player-host';
    return element;
  }, []);
  const hostParent = useRef<HTMLElement | null>(null);

  const onStagePage = stage !== null && pathname === `/buehne/${stage.key}`;
  const docked = stage !== null && !onStagePage && started && stage.stream.kind === 'hls';

  const open = useCallback((next: PlayingStage) => {
    setStage((current) => (current && sameStream(current, next) ? current : next));
  }, []);
  // A new stream starts unstarted; the same one keeps playing.
  useLayoutEffect(() => setStarted(false), [stage]);
  const close = useCallback(() => {
    setStage(null);
    setStarted(false);
  }, []);

  // Leaving the stage page without having started playback (or with an embed) ends the player.
  useLayoutEffect(() => {
    if (stage && !onStagePage && !docked) close();
  }, [stage, onStagePage, docked, close]);

  useLayoutEffect(() => {
    const target = onStagePage ? slot : docked ? dock : null;
    if (target && hostParent.current !== target) {
      target.appendChild(host);
      hostParent.current = target;
      host.dispatchEvent(new Event('player-moved'));
    } else if (!target && hostParent.current) {
      host.remove();
      hostParent.current = null;
    }
  }, [onStagePage, docked, slot, dock, host]);

  const controls: PlayerControls = useMemo(
    () => ({ stage, open, close, setSlot, started, setStarted }),
    [stage, open, close, started],
  );

  return (
    <PlayerContext.Provider value={controls}>
      {children}
      {docked && stage && (
        <aside className="mini-player" aria-label={t('player.mini.label')}>
          <p className="mini-player__title">
            <span className="live-dot" aria-hidden="true" />
            <span lang={contentLang}>{stage.name}</span>
          </p>
          <div ref={setDock} className="mini-player__slot" />
          <div className="button-row">
            <AppLink to={`/buehne/${stage.key}`} label={t('player.mini.back')} />
            <KolButton _label={t('player.mini.close')} _variant="secondary" _on={{ onClick: close }} />
          </div>
        </aside>
      )}
      {stage &&
        createPortal(
          <Suspense fallback={null}>
            {stage.stream.kind === 'hls' && stage.stream.url ? (
              <HlsPlayer
                key={`${stage.key}|${stage.stream.url}`}
                url={stage.stream.url}
                captionsUrl={stage.stream.captionsUrl}
                title={stage.name}
                compact={docked}
                onStarted={() => setStarted(true)}
              />
            ) : stage.stream.kind === 'embed' && stage.stream.url ? (
              <EmbedPlayer url={stage.stream.url} provider={stage.stream.provider ?? 'other'} title={stage.name} />
            ) : null}
          </Suspense>,
          host,
        )}
    </PlayerContext.Provider>
  );
}
