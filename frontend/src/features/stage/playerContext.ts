import { createContext, useContext } from 'react';
import type { StreamView } from './api/programme';

export interface PlayingStage {
  key: string;
  name: string;
  stream: StreamView;
}

export interface PlayerControls {
  /** The stage whose stream is loaded, or null. */
  stage: PlayingStage | null;
  /** Loads a stage's stream (the stage page calls this); the same stage again keeps playback going. */
  open: (stage: PlayingStage) => void;
  close: () => void;
  /** The stage page's place for the player; null when it leaves. The player then docks as mini-player. */
  setSlot: (element: HTMLElement | null) => void;
  /** Whether playback was started on this stage, so leaving the page keeps it in the mini-player. */
  started: boolean;
  setStarted: (started: boolean) => void;
}

export const PlayerContext = createContext<PlayerControls | null>(null);

export function usePlayer(): PlayerControls {
  const controls = useContext(PlayerContext);
  if (!controls) throw new Error('usePlayer needs the PlayerProvider of the layout');
  return controls;
}
