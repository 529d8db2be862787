import { KolButton, KolHeading, KolInputCheckbox, KolSelect } from '@public-ui/react-v19';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { chatApi, type ChatConversation } from '../api/chatRest';
import { ProtectedPage } from '../../../shared/auth/access';
import { ChatPanel } from '../components/ChatPanel';
import { useChatClient, useConnectionState } from '../../../shared/realtime/hooks';
import { ConversationView } from '../components/ConversationView';
import { SanctionList } from '../components/SanctionList';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { useEdition } from '../../../shared/edition/EditionContext';
import { boothChannel, qualifiedBooth } from '../../../shared/edition/paths';
import { formatDateTime } from '../../../i18n/format';
import { checkboxField } from '../../../shared/forms/checkboxField';

type Filter = 'open' | 'all';

/**
 * The staff console of a booth: on/off duty, the conversations with unread counts and who handles
 * them, one conversation to answer, the booth's public channel to moderate, and its mutes and bans.
 */
export function BoothChatConsolePage() {
  const { t, i18n } = useTranslation();
  const { slug, access, granted, name, booth } = useManagedBoothPage('exhibitor');
  const { routeSlug } = useEdition();
  // Duty and conversation frames name the booth with its edition (protocol version 2)
  const boothKey = qualifiedBooth(slug, booth?.edition ?? routeSlug);
  const client = useChatClient();
  const state = useConnectionState(client);
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('open');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [onDuty, setOnDuty] = useState(false);
  const [notice, setNotice] = useState('');
  const [live, setLive] = useState('');
  const queryKey = ['chat', 'console', slug, filter];
  const conversations = useQuery({
    queryKey,
    queryFn: ({ signal }) => chatApi.boothConversations(slug, filter, { signal }),
    enabled: granted,
  });

  useEffect(() => {
    if (client) setOnDuty(client.isOnDuty(boothKey));
  }, [client, boothKey]);

  // On duty, every change of the booth's conversations arrives live: refresh the list and say so
  useEffect(() => {
    if (!client) return;
    return client.on('conversation', (frame) => {
      if (frame.conversation.booth !== boothKey) return;
      void queryClient.invalidateQueries({ queryKey: ['chat', 'console', slug] });
      setLive(t('chat.console.newConversation', { name: frame.conversation.visitorName }));
    });
  }, [client, slug, boothKey, queryClient, t]);

  // Reading a conversation here changes its unread count in the list
  useEffect(() => {
    if (!client) return;
    return client.on('read', (frame) => {
      if (frame.channel.startsWith('dm:')) void queryClient.invalidateQueries({ queryKey: ['chat', 'console', slug] });
    });
  }, [client, slug, queryClient]);

  const toggleDuty = async (on: boolean) => {
    if (!client) return;
    setOnDuty(on);
    try {
      await client.duty(boothKey, on);
      setNotice(on ? t('chat.console.onDuty') : t('chat.console.offDuty'));
    } catch (e) {
      setOnDuty(client.isOnDuty(boothKey));
      setNotice(e instanceof Error ? e.message : errorMessage(e, t));
    }
  };

  const forbidden =
    conversations.error instanceof ApiError && (conversations.error.status === 403 || conversations.error.isNotFound);
  const list = conversations.data ?? [];
  const selected = list.find((c) => c.id === selectedId) ?? null;

  const changed = (updated: ChatConversation) => {
    queryClient.setQueryData<ChatConversation[]>(queryKey, (old) => old?.map((c) => (c.id === updated.id ? updated : c)));
    void queryClient.invalidateQueries({ queryKey: ['chat', 'console', slug] });
  };

  return (
    <ProtectedPage
      access={access}
      title={t('chat.console.pageTitle', { name })}
      forbidden={forbidden}
      className="page--chat-console"
    >
      <BoothManageNav slug={slug} current="chat" published={booth?.published} />
      <section className="panel chat-console__duty">
        <KolInputCheckbox
          _label={t('chat.console.duty')}
          _variant="switch"
          {...checkboxField(onDuty, (checked) => void toggleDuty(checked))}
          _disabled={!client || state !== 'online'}
        />
        <p role="status" className="status-line">
          {notice}
        </p>
      </section>
      <div className="chat-console">
        <section className="panel chat-console__list">
          <KolHeading _label={t('chat.console.listHeading')} _level={2} />
          <KolSelect
            _label={t('chat.console.filter')}
            _options={[
              { label: t('chat.console.filterOpen'), value: 'open' },
              { label: t('chat.console.filterAll'), value: 'all' },
            ]}
            _value={filter}
            _on={{
              onChange: (_event: Event, value: unknown) => {
                const next = String(Array.isArray(value) ? value[0] : value);
                if (next === 'open' || next === 'all') setFilter(next);
              },
            }}
          />
          {conversations.isPending && granted && <p className="status-line">{t('common.loading')}</p>}
          {conversations.isError && !forbidden && (
            <ApiErrorAlert error={conversations.error} onRetry={() => void conversations.refetch()} />
          )}
          {conversations.data && <p className="status-line">{t('chat.console.count', { count: list.length })}</p>}
          {conversations.data && list.length === 0 && <p className="empty-state">{t('chat.console.empty')}</p>}
          <ul className="conversation-list">
            {list.map((c) => (
              <li key={c.id} className={`conversation-list__item${c.id === selectedId ? ' is-current' : ''}`}>
                <KolButton
                  _label={t('chat.console.show', { name: c.visitorName })}
                  _variant={c.id === selectedId ? 'primary' : 'secondary'}
                  _ariaExpanded={c.id === selectedId}
                  _on={{ onClick: () => setSelectedId(c.id) }}
                />
                <p className="muted">
                  {t('chat.console.status', { status: t(`chat.conversation.${c.status}`) })}
                  {' · '}
                  {c.handlerName ? t('chat.console.handledBy', { name: c.handlerName }) : t('chat.console.unhandled')}
                  {' · '}
                  {formatDateTime(c.updatedAt, i18n.language)}
                </p>
                {c.unread > 0 && (
                  <p className="conversation-list__unread">
                    <strong>{t('chat.console.unread', { count: c.unread })}</strong>
                  </p>
                )}
              </li>
            ))}
          </ul>
          <div aria-live="polite" className="visually-hidden">
            {live}
          </div>
        </section>
        <div className="chat-console__conversation">
          {selected ? (
            <ConversationView key={selected.id} conversation={selected} perspective="staff" onChanged={changed} />
          ) : (
            <p className="panel muted">{t('chat.console.noneSelected')}</p>
          )}
        </div>
      </div>
      {granted && booth?.published && <ChatPanel channel={boothChannel(slug, booth.edition)} heading={t('chat.console.boothChannel')} />}
      {granted && booth?.published && <SanctionList channel={boothChannel(slug, booth.edition)} intro={t('chat.sanctions.boothIntro')} />}
    </ProtectedPage>
  );
}
