import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { chatApi, isPeerConversation, type ChatConversation } from '../api/chatRest';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ConversationView } from '../components/ConversationView';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useEditionHref } from '../../../shared/edition/EditionContext';
import { splitBooth } from '../../../shared/edition/paths';

/** The booth key of the conversations with the organiser's support team (backend: Conversation.SUPPORT). */
const SUPPORT_BOOTH = 'hilfe';

/** One of the visitor's conversations, reached from "Meine Gespräche". */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const access = useAccess('visitor');
  const granted = access === 'granted';
  const queryClient = useQueryClient();
  const conversations = useQuery({
    queryKey: ['chat', 'my-conversations'],
    queryFn: ({ signal }) => chatApi.myConversations({ signal }),
    enabled: granted,
    // A conversation opened elsewhere a moment ago (an accepted contact request) is not in a list read before it
    refetchOnMount: 'always',
  });
  const listed = conversations.data?.find((c) => String(c.id) === id) ?? null;
  // Not the caller's own: staff of the booth or, for the support team's conversations ("Hilfe"), admins answer it
  const answering = useQuery({
    queryKey: ['chat', 'conversation', id],
    queryFn: ({ signal }) => chatApi.conversation(Number(id), { signal }),
    enabled: granted && conversations.isSuccess && !conversations.isFetching && !listed && /^\d+$/.test(id),
    retry: false,
  });
  // Only its two visitors may read a conversation between visitors: one the list did not hold yet is the caller's too
  const own = listed ?? (answering.data && isPeerConversation(answering.data.booth) ? answering.data : null);
  const conversation = own ?? answering.data ?? null;
  const support = conversation?.booth === SUPPORT_BOOTH;
  const editionHref = useEditionHref();
  // The chat names the booth <edition>/<slug>: its page lives in that edition
  const boothHref = (booth: string) => {
    const { edition, slug } = splitBooth(booth);
    return editionHref(`/stand/${encodeURIComponent(slug)}`, edition);
  };
  const missing = conversations.isSuccess && !conversations.isFetching && !conversation && (answering.isError || !/^\d+$/.test(id));
  const changed = (updated: ChatConversation) =>
    queryClient.setQueryData<ChatConversation[]>(['chat', 'my-conversations'], (old) =>
      old?.map((c) => (c.id === updated.id ? updated : c)),
    );

  return (
    <ProtectedPage
      access={access}
      title={!conversation ? t('chat.conversations.pageTitle')
        : isPeerConversation(conversation.booth) ? t('chatPeer.heading', { name: conversation.boothName })
          : t('chat.conversations.pageTitleOne', { booth: support ? t('chat.help.team') : conversation.boothName })}
      className="page--conversation"
    >
      <p className="back-link">
        <AppLink to="/gespraeche" label={t('chat.conversations.back')} />
      </p>
      {conversations.isPending && granted && <p className="status-line">{t('common.loading')}</p>}
      {conversations.isError && <ApiErrorAlert error={conversations.error} onRetry={() => void conversations.refetch()} />}
      {missing && <p role="alert">{t('chat.conversations.notFound')}</p>}
      {conversation && (
        <>
          {!support && !isPeerConversation(conversation.booth) && (
            <p>
              <AppLink
                to={boothHref(conversation.booth)}
                label={t('chat.conversations.boothLink', { name: conversation.boothName })}
              />
            </p>
          )}
          <ConversationView key={conversation.id} conversation={conversation} perspective={own ? 'visitor' : 'staff'}
            onChanged={listed ? changed : () => void answering.refetch()} />
        </>
      )}
    </ProtectedPage>
  );
}
