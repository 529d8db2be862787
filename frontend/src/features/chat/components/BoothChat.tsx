import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { chatApi, type ChatConversation } from '../api/chatRest';
import { useAuth } from '../../../shared/auth/AuthContext';
import { ActionButton } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { AppLink } from '../../../shared/ui/AppLink';
import { ChatPanel } from './ChatPanel';
import { useChatClient, usePresence } from '../../../shared/realtime/hooks';
import { boothChannel, qualifiedBooth } from '../../../shared/edition/paths';
import { ConversationView } from './ConversationView';

const OPEN_KEY = 'kommunalmesse.chat.open.';

/**
 * The open conversation survives the page re-rendering without the booth (a language switch loads it
 * again) and a reload, for this tab only.
 */
function rememberedConversation(slug: string): ChatConversation | null {
  try {
    const raw = window.sessionStorage.getItem(OPEN_KEY + slug);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === 'object' && 'channel' in parsed ? (parsed as ChatConversation) : null;
  } catch {
    return null;
  }
}

function rememberConversation(slug: string, conversation: ChatConversation): void {
  try {
    window.sessionStorage.setItem(OPEN_KEY + slug, JSON.stringify(conversation));
  } catch {
    // Without storage the conversation stays open until the page is left
  }
}

interface BoothChatProps {
  slug: string;
  edition?: string;
  /** The booth's edition is an archive: its chat can be read, but no conversation starts any more. */
  archived?: boolean;
  /** Id of the private conversation's place (its button, or the open conversation), for links on the page. */
  conversationId?: string;
}

/**
 * The chat of a booth page: the public booth channel with "N Expertinnen/Experten online", and
 * "Gespräch mit dem Standteam" opening the visitor's private conversation below it.
 */
export function BoothChat({ slug, edition, archived = false, conversationId }: BoothChatProps) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const client = useChatClient();
  // Presence, duty and conversations name the booth with its edition (protocol version 2)
  const booth = qualifiedBooth(slug, edition);
  const experts = usePresence(client, booth);
  const queryClient = useQueryClient();
  const authenticated = status === 'authenticated';
  const mine = useQuery({
    queryKey: ['chat', 'my-conversations'],
    queryFn: ({ signal }) => chatApi.myConversations({ signal }),
    enabled: authenticated,
  });
  const existing = mine.data?.find((c) => c.booth === booth);
  const [open, setOpenState] = useState<ChatConversation | null>(() => rememberedConversation(slug));
  const setOpen = (conversation: ChatConversation) => {
    rememberConversation(slug, conversation);
    setOpenState(conversation);
  };
  const [opening, setOpening] = useState(false);
  const [problem, setProblem] = useState<'own-booth' | string | null>(null);
  const conversationRef = useRef<HTMLDivElement>(null);

  const focusOnOpen = useRef(false);
  useEffect(() => {
    if (!focusOnOpen.current) return;
    focusOnOpen.current = false;
    // Keyboard and screen reader users land on the conversation they just opened
    if (open) conversationRef.current?.focus();
  }, [open]);

  const startConversation = async () => {
    setOpening(true);
    setProblem(null);
    try {
      const conversation = await chatApi.openConversation(booth);
      focusOnOpen.current = true;
      setOpen(conversation);
      void queryClient.invalidateQueries({ queryKey: ['chat', 'my-conversations'] });
    } catch (e) {
      setProblem(e instanceof ApiError && e.status === 409 ? 'own-booth' : errorMessage(e, t));
    } finally {
      setOpening(false);
    }
  };

  let talkLabel = t('chat.booth.talkToTeam');
  if (existing) {
    talkLabel = existing.unread > 0 ? t('chat.booth.continueTalkUnread', { count: existing.unread }) : t('chat.booth.continueTalk');
  }

  return (
    <div className="booth-chat">
      <ChatPanel channel={boothChannel(slug, edition)} heading={t('chat.booth.heading')}>
        <p>{t('chat.booth.intro')}</p>
        <p className="booth-chat__experts">
          <strong>{experts === null ? t('chat.booth.expertsUnknown') : t('chat.booth.experts', { count: experts })}</strong>
        </p>
        {authenticated && !open && !archived && (
          <div id={conversationId} tabIndex={-1} className="button-row booth-chat__start">
            <ActionButton
              label={opening ? t('chat.conversation.opening') : talkLabel}
              variant="primary"
              busy={opening}
              onClick={() => void startConversation()}
            />
          </div>
        )}
        {problem === 'own-booth' ? (
          <p>
            {t('chat.booth.ownBooth')}{' '}
            <AppLink to={`/mein-stand/${encodeURIComponent(slug)}/chat`} label={t('chat.booth.console')} />
          </p>
        ) : (
          problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )
        )}
      </ChatPanel>
      {open && (
        <div id={conversationId} ref={conversationRef} className="booth-chat__conversation" tabIndex={-1}>
          <ConversationView conversation={open} perspective="visitor" onChanged={setOpen} />
        </div>
      )}
    </div>
  );
}
