import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { programmeApi, type TalkFilter } from './api/programme';
import { useAuth } from '../../shared/auth/AuthContext';
import { useLiveConnected, useStageSocket, useTalkSocket } from './live';
import { useParams } from 'react-router';
import { useAccess } from '../../shared/auth/access';
import { useApiQuery } from '../../shared/api/useApiQuery';

/**
 * How often live data is fetched again over REST: often while the WebSocket is not connected (or, for
 * anonymous visitors, may not read the stage channel), rarely as a safety net while it pushes.
 */
export const LIVE_REFRESH_MS = 5_000;
export const PUSHED_REFRESH_MS = 60_000;

function useLang(): string {
  return useTranslation().i18n.language;
}

export function useTalks(filter: TalkFilter) {
  const lang = useLang();
  return useApiQuery(['talks', lang, filter], (o) => programmeApi.talks(filter, o), { placeholderData: keepPreviousData });
}

export function useTalk(id: number) {
  const lang = useLang();
  const { status } = useAuth();
  // The answer says whether the talk is in the user's agenda: refetch after login.
  return useApiQuery(['talk', id, lang, status], (o) => programmeApi.talk(id, o), {
    enabled: Number.isInteger(id) && id > 0 && status !== 'loading',
  });
}

export function useStages() {
  const lang = useLang();
  return useApiQuery(['stages', lang], programmeApi.stages, { refetchInterval: LIVE_REFRESH_MS });
}

/**
 * One stage with its stream, live state, current/next talk and viewer count, kept current while the page
 * is open: pushed over the WebSocket for logged-in users, polled over REST otherwise.
 */
export function useStageLive(key: string | undefined) {
  const lang = useLang();
  const { status } = useAuth();
  const connected = useLiveConnected();
  const queryKey = ['stage', key, lang];
  // Anonymous connections may not subscribe to a stage channel by default: they keep polling.
  const pushed = connected && status === 'authenticated';
  const query = useApiQuery(queryKey, (o) => programmeApi.stage(key!, o), {
    enabled: Boolean(key),
    refetchInterval: pushed ? PUSHED_REFRESH_MS : LIVE_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
  const pushedViewers = useStageSocket(status === 'authenticated' ? key : undefined, queryKey, query.data?.edition);
  return { ...query, viewers: pushedViewers ?? query.data?.viewers };
}

export function useAgenda(enabled = true) {
  const { status } = useAuth();
  return useApiQuery(['agenda'], programmeApi.agenda, { enabled: enabled && status === 'authenticated', staleTime: 60_000 });
}

/** Questions (sorted by votes), polls and FAQ of a talk, refreshed while live. */
export function useTalkInteractions(talkId: number, { live = true } = {}) {
  const { status } = useAuth();
  const ready = status !== 'loading' && talkId > 0;
  const connected = useLiveConnected();
  useTalkSocket(live ? talkId : 0);
  const interval = live ? (connected ? PUSHED_REFRESH_MS : LIVE_REFRESH_MS) : false;
  const questions = useApiQuery(['questions', talkId, status], (o) => programmeApi.questions(talkId, 'votes', o), {
    enabled: ready,
    refetchInterval: interval,
  });
  const polls = useApiQuery(['polls', talkId, status], (o) => programmeApi.polls(talkId, o), {
    enabled: ready,
    refetchInterval: interval,
  });
  const faq = useApiQuery(['faq', talkId], (o) => programmeApi.faq(talkId, o), { enabled: ready });
  return { questions, polls, faq };
}

/** Invalidates what a change to a talk's Q&A or polls affects. */
export function useInvalidateTalk() {
  const queryClient = useQueryClient();
  return (talkId: number) => {
    void queryClient.invalidateQueries({ queryKey: ['questions', talkId] });
    void queryClient.invalidateQueries({ queryKey: ['polls', talkId] });
    void queryClient.invalidateQueries({ queryKey: ['faq', talkId] });
  };
}

export function useAgendaToggle(talkId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (add: boolean) => (add ? programmeApi.addToAgenda(talkId) : programmeApi.removeFromAgenda(talkId)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['agenda'] });
      void queryClient.invalidateQueries({ queryKey: ['talk', talkId] });
    },
  });
}

/**
 * A moderator's page of one talk (/moderation/vortrag/:id…): the talk, whether the user may moderate,
 * and its questions and polls, loaded only once access is granted.
 */
export function useModeratedTalk() {
  const { id } = useParams();
  const talkId = Number(id);
  const access = useAccess('moderator');
  const talk = useTalk(talkId);
  return { talkId, access, talk, ...useTalkInteractions(access === 'granted' ? talkId : 0) };
}
