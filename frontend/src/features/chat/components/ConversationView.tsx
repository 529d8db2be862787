import { KolButton } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationInfo } from '../../../shared/realtime/chatClient';
import { chatApi, isPeerConversation, type ChatConversation } from '../api/chatRest';
import '../peerTexts';
import { busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ChatPanel } from './ChatPanel';
import { useChannel, useChatClient } from '../../../shared/realtime/hooks';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';

interface ConversationViewProps {
  conversation: ChatConversation | ConversationInfo;
  /** The visitor sees the booth team; staff see the visitor and may take the conversation over. */
  perspective: 'visitor' | 'staff';
  level?: 2 | 3;
  onChanged?: (conversation: ChatConversation) => void;
}

/**
 * A private conversation between a visitor and a booth team: who is on the other side, who answers,
 * its status with close/reopen (and claim for staff), and the messages.
 */
export function ConversationView({ conversation: initial, perspective, level = 2, onChanged }: ConversationViewProps) {
  const { t } = useTranslation();
  const client = useChatClient();
  const { me } = useCurrentUser();
  const snapshot = useChannel(client, initial.channel);
  const pushed = snapshot?.conversation;
  // The answer to my own action counts until the socket pushes a newer state of the conversation
  const [answered, setAnswered] = useState<{ conversation: ChatConversation; basis: typeof pushed } | null>(null);
  // Names come from the REST view, which speaks from the caller's side; the socket's frames carry the names as the
  // visitor who opened the conversation sees them (between two visitors the other one would read their own name), so
  // only the state they push counts: status and who answers
  const base = answered?.basis === pushed ? answered?.conversation : undefined;
  const live = base ?? (pushed ? { ...initial, status: pushed.status, handlerName: pushed.handlerName } : initial);
  const mine = Boolean(me?.name) && live.handlerName === me?.name;
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState(false);

  const act = async (action: (id: number) => Promise<ChatConversation>) => {
    setBusy(true);
    try {
      const updated = await action(live.id);
      setAnswered({ conversation: updated, basis: pushed });
      setNotice('');
      onChanged?.(updated);
    } catch (e) {
      setNotice(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  // Between two visitors ("Vernetzen") the other visitor stands where a booth conversation names the booth's team
  const peer = isPeerConversation(live.booth);
  const heading = peer
    ? t('chatPeer.heading', { name: live.exhibitorName })
    : perspective === 'visitor'
      ? t('chat.conversation.heading', { exhibitor: live.exhibitorName })
      : t('chat.console.selected', { name: live.visitorName });
  const startVideo = async () => {
    await act(chatApi.video);
    setStarted(true);
  };

  return (
    <ChatPanel channel={initial.channel} heading={heading} level={level} moderationControls={false}>
      <div className="conversation-info">
        {peer ? (
          <p>{t('chatPeer.with', { name: live.exhibitorName })}</p>
        ) : (
          perspective === 'visitor' && <p>{t('chat.conversation.with', { exhibitor: live.exhibitorName })}</p>
        )}
        <p>
          {!peer && (
            <>
              <strong>{live.handlerName ? t('chat.conversation.handler', { name: live.handlerName }) : t('chat.conversation.noHandler')}</strong>
              {' · '}
            </>
          )}
          {t('chat.console.status', { status: t(`chat.conversation.${live.status}`) })}
        </p>
        <div className="button-row">
          {(perspective === 'staff' || peer) && live.status === 'open' && (
            <KolButton
              _label={t('chatPeer.video')}
              _variant="secondary"
              {...busyButton(busy)}
              _on={{ onClick: whenIdle(busy, () => void startVideo()) }}
            />
          )}
          {perspective === 'staff' && !mine && !peer && (
            <KolButton
              _label={t('chat.conversation.claim')}
              _variant="secondary"
              {...busyButton(busy)}
              _on={{ onClick: whenIdle(busy, () => void act(chatApi.claim)) }}
            />
          )}
          {live.status === 'open' ? (
            <KolButton
              _label={t('chat.conversation.close')}
              _variant="secondary"
              {...busyButton(busy)}
              _on={{ onClick: whenIdle(busy, () => void act(chatApi.close)) }}
            />
          ) : (
            <KolButton
              _label={t('chat.conversation.reopen')}
              _variant="secondary"
              {...busyButton(busy)}
              _on={{ onClick: whenIdle(busy, () => void act(chatApi.reopen)) }}
            />
          )}
        </div>
        <p role="status" className="status-line">
          {started && !notice ? t('chatPeer.videoStarted') : ''}
        </p>
        {notice && (
          <p role="alert" className="field-error">
            {notice}
          </p>
        )}
      </div>
    </ChatPanel>
  );
}
