import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { chatApi, type ChatConversation } from '../api/chatRest';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { ConversationView } from '../components/ConversationView';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import { useEditionHref } from '../../../shared/edition/EditionContext';
import { splitBooth } from '../../../shared/edition/paths';

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
  });
  const conversation = conversations.data?.find((c) => String(c.id) === id) ?? null;
  const editionHref = useEditionHref();
  // The chat names the booth <edition>/<slug>: its page lives in that edition
  const boothHref = (booth: string) => {
    const { edition, slug } = splitBooth(booth);
    return editionHref(`/stand/${encodeURIComponent(slug)}`, edition);
  };
  const missing = conversations.isSuccess && !conversation;
  const changed = (updated: ChatConversation) =>
    queryClient.setQueryData<ChatConversation[]>(['chat', 'my-conversations'], (old) =>
      old?.map((c) => (c.id === updated.id ? updated : c)),
    );

  return (
    <ProtectedPage
      access={access}
      title={conversation ? t('chat.conversations.pageTitleOne', { booth: conversation.boothName }) : t('chat.conversations.pageTitle')}
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
          <p>
            <AppLink
              to={boothHref(conversation.booth)}
              label={t('chat.conversations.boothLink', { name: conversation.boothName })}
            />
          </p>
          <ConversationView key={conversation.id} conversation={conversation} perspective="visitor" onChanged={changed} />
        </>
      )}
    </ProtectedPage>
  );
}
