import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { LiveState, LiveView, StageView } from './api/programme';
import { useChatClient, useConnectionState } from '../../shared/realtime/hooks';
import { stageChannel } from '../../shared/edition/paths';

/** The stage frames of docs/programme.md ("Live updates over the WebSocket"). */
export interface LiveFrame {
  type: 'live';
  stage: string;
  state: LiveState;
  message: string | null;
  changedAt: string | null;
}

export interface ViewersFrame {
  type: 'viewers';
  stage: string;
  count: number;
}

export interface TalkFrame {
  type: 'talk';
  talkId: number;
  changed: ('questions' | 'polls' | 'faq')[];
}

/**
 * Whether a pushed live state replaces the one shown: the one with the later `changedAt` wins, since a
 * REST answer and a frame may arrive in either order.
 */
export function newerLive(current: LiveView | undefined, frame: Pick<LiveFrame, 'changedAt'>): boolean {
  if (!current || !current.changedAt) return true;
  if (!frame.changedAt) return false;
  return Date.parse(frame.changedAt) >= Date.parse(current.changedAt);
}

/** The stage answer with a pushed live state applied (unchanged when the frame is older). */
export function applyLive(stage: StageView | undefined, frame: LiveFrame): StageView | undefined {
  if (!stage || stage.key !== frame.stage || !newerLive(stage.live, frame)) return stage;
  return { ...stage, live: { state: frame.state, message: frame.message, changedAt: frame.changedAt } };
}

/** Query keys a `talk` frame makes stale. */
export function staleKeys(frame: Pick<TalkFrame, 'talkId' | 'changed'>): (string | number)[][] {
  return frame.changed.map((what) => [what, frame.talkId]);
}

/** Whether the WebSocket is connected, so REST polling can slow down to a safety net. */
export function useLiveConnected(): boolean {
  const client = useChatClient();
  return useConnectionState(client) === 'online';
}

/**
 * Follows a stage over the WebSocket (channel `stage:<edition>/<key>`): live state changes go straight into the
 * cached stage answer, the viewer count is returned, and `talk` hints make Q&A and polls refetch.
 * Anonymous visitors may not read a stage channel unless a moderator allows it; for them the REST
 * polling of useStageLive stays in charge.
 */
export function useStageSocket(key: string | undefined, queryKey: unknown[], edition?: string): number | undefined {
  const client = useChatClient();
  const queryClient = useQueryClient();
  const [viewers, setViewers] = useState<number | undefined>(undefined);
  const keyString = JSON.stringify(queryKey);

  useEffect(() => {
    if (!client || !key) return;
    const cacheKey = JSON.parse(keyString) as unknown[];
    const release = client.join(stageChannel(key, edition), () => undefined);
    // Live frames name the stage by its key, or (protocol version 2) with its edition in front
    const isThisStage = (stage: string) => stage === key || (edition !== undefined && stage === `${edition}/${key}`);
    const offLive = client.on('live', (frame) => {
      const live = frame as unknown as LiveFrame;
      if (!isThisStage(live.stage)) return;
      queryClient.setQueryData<StageView>(cacheKey, (stage) => applyLive(stage, live));
      // What runs now and next may have changed with the state.
      void queryClient.invalidateQueries({ queryKey: cacheKey });
    });
    const offViewers = client.on('viewers', (frame) => {
      const count = frame as unknown as ViewersFrame;
      if (isThisStage(count.stage)) setViewers(count.count);
    });
    const offTalk = client.on('talk', (frame) => {
      for (const stale of staleKeys(frame as unknown as TalkFrame)) void queryClient.invalidateQueries({ queryKey: stale });
    });
    return () => {
      offLive();
      offViewers();
      offTalk();
      release();
    };
  }, [client, key, keyString, queryClient, edition]);

  return viewers;
}

/**
 * Watches one talk without its stage channel (talk page, moderation): `talk` frames make its questions,
 * polls and FAQ refetch. The watch is sent again after every reconnect.
 */
export function useTalkSocket(talkId: number): void {
  const client = useChatClient();
  const state = useConnectionState(client);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!client || talkId <= 0 || state !== 'online') return;
    client.sendFrame({ type: 'watch', ref: `talk-${talkId}`, talk: talkId });
    const offTalk = client.on('talk', (frame) => {
      const hint = frame as unknown as TalkFrame;
      if (hint.talkId !== talkId) return;
      for (const stale of staleKeys(hint)) void queryClient.invalidateQueries({ queryKey: stale });
    });
    return () => {
      offTalk();
      client.sendFrame({ type: 'unwatch', talk: talkId });
    };
  }, [client, state, talkId, queryClient]);
}
