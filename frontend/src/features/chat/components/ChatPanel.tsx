import { KolButton, KolHeading, KolInputCheckbox, KolSelect, KolTextarea } from '@public-ui/react-v19';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatRequestError, type ChannelSettings, type ChannelSnapshot, type ChatClient, type ChatMessage, type OutboxItem } from '../../../shared/realtime/chatClient';
import { chatApi } from '../api/chatRest';
import { formatDateTime, formatTime } from '../../../i18n/format';
import { useAuth } from '../../../shared/auth/AuthContext';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { kolMsg } from '../../../shared/forms/kolMsg';
import { useChannel, useChatClient, useConnectionState } from '../../../shared/realtime/hooks';
import { linkify } from '../linkify';
import { SanctionDialog } from './SanctionDialog';
import { ActionButton, SubmitButton, SubmitRow, busyButton, whenIdle } from '../../../shared/forms/Feedback';
import { textField } from '../../../shared/forms/textField';

const DEFAULT_MAX_LENGTH = 2000;
const SLOW_MODE_CHOICES = [0, 10, 30, 60, 120];

interface ChatPanelProps {
  /** booth:<slug>, stage:<key>, lobby:<day> or dm:<id>. */
  channel: string;
  heading: string;
  level?: 2 | 3;
  /** Shown under the heading (e.g. who answers in a conversation). */
  children?: ReactNode;
  /** Whether moderators get the slow-mode control here. */
  moderationControls?: boolean;
}

/**
 * A live chat channel: messages with history, edit/delete of one's own, reports, moderation for
 * moderators, a composer with an outbox, the connection state, and an aria-live region announcing
 * new messages of others. Booth, stage and conversation views all use it.
 */
export function ChatPanel({ channel, heading, level = 2, children, moderationControls = true }: ChatPanelProps) {
  const { t } = useTranslation();
  const client = useChatClient();
  const state = useConnectionState(client);
  const snapshot = useChannel(client, channel);
  const { status, login } = useAuth();
  const [notice, setNotice] = useState('');
  const announcement = useAnnouncement(snapshot, client?.username);

  useMarkRead(client, snapshot);

  const connectionText = state === 'online' ? '' : t(`chat.connection.${state}`);
  const error = snapshot?.error;
  const needsLogin = error?.code === 'login-required' && status !== 'authenticated';

  return (
    <section className={`chat-panel panel chat-panel--${state}`}>
      <KolHeading _label={heading} _level={level} />
      {children}
      <p role="status" className={`chat-panel__connection${connectionText ? ' is-visible' : ''}`}>
        {connectionText}
      </p>
      {needsLogin ? (
        <div className="chat-panel__login">
          <p>{t('chat.loginHint')}</p>
          {status === 'anonymous' && <KolButton _label={t('chat.login')} _variant="secondary" _on={{ onClick: () => void login() }} />}
        </div>
      ) : error ? (
        <p className="field-error" role="alert">
          {error.code === 'banned' ? t('chat.banned') : error.message}
        </p>
      ) : (
        snapshot &&
        client && (
          <ChannelView
            client={client}
            snapshot={snapshot}
            heading={heading}
            onNotice={setNotice}
            moderationControls={moderationControls}
          />
        )
      )}
      {!snapshot && <p className="status-line">{t('chat.joining')}</p>}
      <p role="status" className="status-line chat-panel__notice">
        {notice}
      </p>
      <div aria-live="polite" aria-atomic="true" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}

function ChannelView({
  client,
  snapshot,
  heading,
  onNotice,
  moderationControls,
}: {
  client: ChatClient;
  snapshot: ChannelSnapshot;
  heading: string;
  onNotice: (text: string) => void;
  moderationControls: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { status } = useAuth();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const me = client.username;
  const { channel, permissions, settings } = snapshot;

  const loadOlder = async () => {
    setLoadingOlder(true);
    try {
      await client.loadOlder(channel);
    } catch (e) {
      onNotice(describe(e, t));
    } finally {
      setLoadingOlder(false);
    }
  };

  const closed = snapshot.conversation?.status === 'closed';
  const list = useStickToNewest(snapshot);
  // Unread as the reader found the channel: marked as new until the panel is opened again
  const atJoin = useRef<{ lastRead: number; head: number } | null>(null);
  if (atJoin.current === null && snapshot.status === 'joined' && snapshot.lastReadSeq !== null) {
    atJoin.current = { lastRead: snapshot.lastReadSeq, head: snapshot.head };
  }
  const isNew = (m: ChatMessage) =>
    atJoin.current !== null &&
    m.seq > atJoin.current.lastRead &&
    m.seq <= atJoin.current.head &&
    m.author.username !== me &&
    !m.deleted;
  const newCount = snapshot.messages.filter(isNew).length;

  return (
    <>
      {settings.slowModeSeconds > 0 && (
        <p className="muted">{t('chat.slowMode.active', { count: settings.slowModeSeconds })}</p>
      )}
      {newCount > 0 && <p className="chat-panel__unread">{t('chat.unread', { count: newCount })}</p>}
      {snapshot.status === 'joined' && snapshot.hasMore && (
        <div className="chat-panel__older">
          <ActionButton
            label={loadingOlder ? t('chat.loadingOlder') : t('chat.loadOlder')}
            variant="tertiary"
            busy={loadingOlder}
            onClick={() => void loadOlder()}
          />
        </div>
      )}
      <ol
        ref={list.ref}
        onScroll={list.onScroll}
        className="chat-messages"
        aria-label={t('chat.messagesLabel', { heading })}
        tabIndex={0}
      >
        {snapshot.messages.map((message) => (
          <MessageItem
            key={message.seq}
            client={client}
            channel={channel}
            message={message}
            mine={message.author.username === me}
            fresh={isNew(message)}
            canModerate={permissions.moderate}
            canReport={status === 'authenticated'}
            onNotice={onNotice}
          />
        ))}
        {snapshot.pending.map((item) => (
          <PendingItem key={item.clientMsgId} client={client} item={item} />
        ))}
      </ol>
      {snapshot.status === 'joined' && snapshot.messages.length === 0 && snapshot.pending.length === 0 && (
        <p className="empty-state">{t('chat.empty')}</p>
      )}
      {snapshot.status === 'joining' && snapshot.messages.length === 0 && <p className="status-line">{t('chat.joining')}</p>}
      {permissions.write && permissions.muted ? (
        <p className="chat-muted" role="note">
          {permissions.mutedUntil
            ? t('chat.composer.mutedUntil', { time: formatDateTime(permissions.mutedUntil, i18n.language) })
            : t('chat.composer.muted')}
        </p>
      ) : permissions.write ? (
        <Composer client={client} channel={channel} />
      ) : snapshot.status === 'joined' ? (
        <p className="muted">
          {closed ? t('chat.composer.closed') : status === 'authenticated' ? t('chat.composer.readOnly') : t('chat.loginToWrite')}
        </p>
      ) : null}
      {permissions.moderate && moderationControls && snapshot.status === 'joined' && (
        <ModerationControls
          channel={channel}
          settings={settings}
          admin={client.user?.roles.includes('admin') ?? false}
          onNotice={onNotice}
        />
      )}
    </>
  );
}

/** The start of a message for a question about it, at most 80 characters. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function describe(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (error instanceof ChatRequestError) return error.message;
  return errorMessage(error, t);
}

function MessageText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function MessageItem({
  client,
  channel,
  message,
  mine,
  fresh,
  canModerate,
  canReport,
  onNotice,
}: {
  client: ChatClient;
  channel: string;
  message: ChatMessage;
  mine: boolean;
  /** Unread when the panel opened. */
  fresh: boolean;
  canModerate: boolean;
  canReport: boolean;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.text ?? '');
  const [busy, setBusy] = useState(false);
  const name = message.author.name;
  const role = message.author.role;
  const [dialog, setDialog] = useState<'mute' | 'ban' | null>(null);
  const muteRef = useRef<HTMLKolButtonElement>(null);
  const banRef = useRef<HTMLKolButtonElement>(null);
  const closeDialog = () => {
    const trigger = dialog === 'ban' ? banRef.current : muteRef.current;
    setDialog(null);
    // Back where the moderator started, so Tab continues in the message list
    void trigger?.focus?.();
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      onNotice(done);
      return true;
    } catch (e) {
      onNotice(describe(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (await run(() => client.edit(channel, message.seq, draft), t('chat.actions.saved'))) setEditing(false);
  };

  return (
    <li
      className={`chat-message${mine ? ' chat-message--mine' : ''}${message.deleted ? ' chat-message--deleted' : ''}${fresh ? ' chat-message--new' : ''}`}
    >
      <p className="chat-message__meta">
        {fresh && <span className="chat-message__new">{t('chat.new')} · </span>}
        <strong>{name}</strong>
        {role && <span className="chat-message__role"> · {t(`chat.role.${role}`)}</span>}
        {' · '}
        <time dateTime={message.createdAt}>{formatTime(message.createdAt, i18n.language)}</time>
        {message.editedAt && !message.deleted && <span className="muted"> · {t('chat.edited')}</span>}
      </p>
      {message.deleted ? (
        <p className="chat-message__text muted">
          {message.deletedBy && message.deletedBy !== message.author.username ? t('chat.deletedByModerator') : t('chat.deleted')}
        </p>
      ) : editing ? (
        <form className="chat-message__edit" onSubmit={(e) => void save(e)}>
          <KolTextarea
            _label={t('chat.actions.editLabel')}
            {...textField(draft, setDraft)}
            _rows={2}
            _maxLength={client.limits?.maxTextLength ?? DEFAULT_MAX_LENGTH}
          />
          <div className="button-row">
            <SubmitButton label={t('chat.actions.save')} busy={busy} disabled={!draft.trim()} />
            <KolButton _label={t('chat.actions.cancel')} _variant="secondary" _on={{ onClick: () => setEditing(false) }} />
          </div>
        </form>
      ) : (
        <p className="chat-message__text">
          <MessageText text={message.text ?? ''} />
        </p>
      )}
      {!message.deleted && !editing && (mine || canModerate || canReport) && (
        <div className="chat-message__actions">
          {mine && (
            <ActionButton
              label={t('chat.actions.edit')}
              variant="ghost"
              busy={busy}
              onClick={() => {
                setDraft(message.text ?? '');
                setEditing(true);
              }}
            />
          )}
          {(mine || canModerate) && (
            <ActionButton
              label={t('chat.actions.delete')}
              variant="ghost"
              busy={busy}
              onClick={() => {
                // Deleting cannot be undone: ask first
                if (!window.confirm(t('chat.actions.confirmDelete', { text: excerpt(message.text ?? '') }))) return;
                void run(() => client.remove(channel, message.seq), t('chat.actions.removed'));
              }}
            />
          )}
          {!mine && canReport && (
            <ActionButton
              label={t('chat.actions.report')}
              variant="ghost"
              busy={busy}
              onClick={() => void run(() => chatApi.report(channel, message.seq), t('chat.actions.reported'))}
            />
          )}
          {!mine && canModerate && message.author.role !== 'admin' && (
            <>
              <KolButton
                ref={muteRef}
                _label={t('chat.actions.mute')}
                _variant="ghost"
                {...busyButton(busy)}
                _ariaExpanded={dialog === 'mute'}
                _on={{ onClick: whenIdle(busy, () => setDialog('mute')) }}
              />
              <KolButton
                ref={banRef}
                _label={t('chat.actions.ban')}
                _variant="ghost"
                {...busyButton(busy)}
                _ariaExpanded={dialog === 'ban'}
                _on={{ onClick: whenIdle(busy, () => setDialog('ban')) }}
              />
            </>
          )}
        </div>
      )}
      {dialog && (
        <SanctionDialog
          kind={dialog}
          name={name}
          channel={channel}
          seq={message.seq}
          onDone={(text) => onNotice(text)}
          onClose={closeDialog}
        />
      )}
    </li>
  );
}

function PendingItem({ client, item }: { client: ChatClient; item: OutboxItem }) {
  const { t } = useTranslation();
  return (
    <li className={`chat-message chat-message--mine chat-message--pending${item.failed ? ' chat-message--failed' : ''}`}>
      <p className="chat-message__text">
        <MessageText text={item.text} />
      </p>
      <p className="chat-message__meta muted">
        {item.failed ? t('chat.failed', { reason: item.failed.message }) : t('chat.pending')}
      </p>
      {item.failed && (
        <KolButton
          _label={t('chat.discard')}
          _variant="secondary"
          _on={{ onClick: () => client.discard(item.channel, item.clientMsgId) }}
        />
      )}
    </li>
  );
}

function Composer({ client, channel }: { client: ChatClient; channel: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // KoliBri reports typing through its own event, outside React's: the state it sets is rendered a task
  // later, so Ctrl+Enter right after the last keys would read the text of the previous render ("Privat per"
  // instead of the whole message). The ref always holds what is in the field.
  const current = useRef('');
  const [touched, setTouched] = useState(false);
  const max = client.limits?.maxTextLength ?? DEFAULT_MAX_LENGTH;
  const tooLong = [...text.trim()].length > max;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setTouched(true);
    const clean = current.current.trim();
    if (!clean || [...clean].length > max) return;
    client.send(channel, clean);
    current.current = '';
    setText('');
    setTouched(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="chat-composer" onSubmit={submit}>
      <div onKeyDown={onKeyDown}>
        <KolTextarea
          _label={t('chat.composer.label')}
          _hint={t('chat.composer.hint', { max })}
          _value={text}
          _rows={2}
          _touched={touched}
          _msg={kolMsg(tooLong ? t('chat.composer.tooLong', { max }) : undefined)}
          _on={{
            onInput: (_e: Event, value: unknown) => {
              current.current = String(value ?? '');
              setText(current.current);
            },
          }}
        />
      </div>
      <SubmitRow label={t('chat.composer.send')} />
    </form>
  );
}

function ModerationControls({
  channel,
  settings,
  admin,
  onNotice,
}: {
  channel: string;
  settings: ChannelSettings;
  admin: boolean;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const seconds = settings.slowModeSeconds;
  const choices = SLOW_MODE_CHOICES.includes(seconds) ? SLOW_MODE_CHOICES : [...SLOW_MODE_CHOICES, seconds].sort((a, b) => a - b);
  const save = (change: Partial<ChannelSettings>, done: string) =>
    chatApi
      .settings(channel, change)
      .then(() => onNotice(done))
      .catch((e: unknown) => onNotice(errorMessage(e, t)));
  return (
    <div className="chat-panel__moderation">
      <KolSelect
        _label={t('chat.slowMode.label')}
        _options={choices.map((s) => ({ label: s === 0 ? t('chat.slowMode.off') : t('chat.slowMode.seconds', { count: s }), value: s }))}
        _value={seconds}
        _on={{
          onChange: (_event: Event, value: unknown) => {
            const next = Number(Array.isArray(value) ? value[0] : value);
            if (Number.isNaN(next) || next === seconds) return;
            void save({ slowModeSeconds: next }, t('chat.slowMode.saved'));
          },
        }}
      />
      {admin && !channel.startsWith('dm:') && (
        <KolInputCheckbox
          _label={t('chat.anonymousRead.label')}
          _variant="switch"
          _checked={settings.anonymousRead}
          _value={true}
          _on={{
            onInput: (_event: Event, value: unknown) =>
              void save({ anonymousRead: value === true }, t('chat.anonymousRead.saved')),
          }}
        />
      )}
    </div>
  );
}

/**
 * Keeps the newest message in view while the reader is at the bottom of the list; someone who
 * scrolled up to read older messages is not pulled down (loading older pages keeps the position).
 */
function useStickToNewest(snapshot: ChannelSnapshot) {
  const ref = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const lastTop = useRef(0);
  const newest = snapshot.messages.length ? snapshot.messages[snapshot.messages.length - 1].seq : 0;
  const pending = snapshot.pending.length;
  useLayoutEffect(() => {
    const toBottom = () => {
      const list = ref.current;
      if (!list || !atBottom.current) return;
      list.scrollTop = list.scrollHeight;
      lastTop.current = list.scrollTop;
    };
    toBottom();
    // KoliBri's buttons render a moment later and make the messages taller: follow them down
    const list = ref.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(toBottom);
    for (const item of list.children) observer.observe(item);
    return () => observer.disconnect();
  }, [newest, pending]);
  // Only the reader moving up lets go of the bottom; messages growing below (scroll events arrive a
  // frame late) do not
  const onScroll = () => {
    const list = ref.current;
    if (!list) return;
    if (list.scrollHeight - list.scrollTop - list.clientHeight < 48) atBottom.current = true;
    else if (list.scrollTop < lastTop.current) atBottom.current = false;
    lastTop.current = list.scrollTop;
  };
  return { ref, onScroll };
}

/** The text for the live region: the latest message of someone else that arrived after joining. */
function useAnnouncement(snapshot: ChannelSnapshot | null, me: string | undefined): string {
  const { t } = useTranslation();
  const seen = useRef<number | null>(null);
  const [text, setText] = useState('');
  const messages = snapshot?.messages;
  const joined = snapshot?.status === 'joined';
  useEffect(() => {
    if (!messages || !joined) return;
    const newest = messages.length ? messages[messages.length - 1].seq : 0;
    if (seen.current === null) {
      // What was there when the panel opened is not news
      seen.current = newest;
      return;
    }
    const fresh = messages.filter((m) => m.seq > seen.current! && !m.deleted && m.author.username !== me);
    seen.current = Math.max(seen.current, newest);
    const last = fresh[fresh.length - 1];
    if (last) setText(t('chat.announce', { name: last.author.name, text: last.text ?? '' }));
  }, [messages, joined, me, t]);
  return text;
}

/** While the tab is visible, what the panel shows counts as read. */
function useMarkRead(client: ChatClient | null, snapshot: ChannelSnapshot | null): void {
  const newest = snapshot?.messages.length ? snapshot.messages[snapshot.messages.length - 1].seq : 0;
  const lastRead = snapshot?.lastReadSeq ?? 0;
  const joined = snapshot?.status === 'joined';
  const channel = snapshot?.channel;
  const loggedIn = !!client?.user;
  const queryClient = useQueryClient();
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  useEffect(() => {
    if (!client || !channel || !joined || !loggedIn || !visible || newest <= lastRead) return;
    client
      .markRead(channel, newest)
      .then(() => queryClient.invalidateQueries({ queryKey: ['chat', 'unread'] }))
      .catch(() => {
        // Not important enough to show; the next message tries again
      });
  }, [client, channel, joined, loggedIn, visible, newest, lastRead, queryClient]);
}
