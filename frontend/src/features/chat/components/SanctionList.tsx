import type { TFunction } from 'i18next';
import { KolButton, KolHeading, KolInputCheckbox } from '@public-ui/react-v19';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chatApi, type ChatSanction } from '../api/chatRest';
import { formatDateTime } from '../../../i18n/format';
import { ActionButton, Feedback } from '../../../shared/forms/Feedback';
import { errorMessage } from '../../../shared/forms/problemErrors';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { checkboxField } from '../../../shared/forms/checkboxField';
import { Fact } from '../../../shared/ui/Fact';

const PAGE_SIZE = 20;

interface SanctionListProps {
  /** One channel (booth staff: their booth's channel); without it every channel (admins). */
  channel?: string;
  level?: 2 | 3;
  intro?: string;
}

/** "Stand-Chat kreis-soest-umzug", "Gespräch 17", "alle Kanäle". */
export function channelLabel(channel: string | null, t: TFunction): string {
  if (!channel) return t('chat.sanctions.everywhere');
  const [type, key] = [channel.slice(0, channel.indexOf(':')), channel.slice(channel.indexOf(':') + 1)];
  switch (type) {
    case 'booth':
      return t('chat.sanctions.channelBooth', { slug: key });
    case 'dm':
      return t('chat.sanctions.channelDm', { id: key });
    case 'stage':
      return t('chat.sanctions.channelStage', { key });
    case 'lobby':
      return t('chat.sanctions.channelLobby', { day: key });
    default:
      return channel;
  }
}

/**
 * Mutes and bans with who, where, until when, why and by whom; "Aufheben" asks once more before it
 * lifts one. Active ones by default, past ones on request, a page at a time.
 */
export function SanctionList({ channel, level = 2, intro }: SanctionListProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [showPast, setShowPast] = useState(false);
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLDivElement>(null);
  const sanctions = useQuery({
    queryKey: ['chat', 'sanctions', channel ?? '*', showPast, page],
    queryFn: ({ signal }) => chatApi.sanctions({ channel, active: !showPast, page, size: PAGE_SIZE }, { signal }),
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
  }, [confirming]);

  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const kindName = (s: ChatSanction) => t(`chat.sanctions.kind.${s.kind}`);
  const now = Date.now();
  const state = (s: ChatSanction) => {
    if (s.liftedAt) return t('chat.sanctions.lifted', { name: s.liftedBy ?? '', date: date(s.liftedAt) });
    if (s.expiresAt && Date.parse(s.expiresAt) <= now) return t('chat.sanctions.expired');
    return t('chat.sanctions.active');
  };
  const inForce = (s: ChatSanction) => !s.liftedAt && (!s.expiresAt || Date.parse(s.expiresAt) > now);

  const lift = async (s: ChatSanction) => {
    setBusy(true);
    setProblem('');
    try {
      await chatApi.lift(s.id);
      setConfirming(null);
      setNotice(t('chat.sanctions.done', { kind: kindName(s), name: s.userName }));
      await queryClient.invalidateQueries({ queryKey: ['chat', 'sanctions'] });
      headingRef.current?.focus();
    } catch (e) {
      setProblem(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const data = sanctions.data;
  const items = data?.items ?? [];

  return (
    <section className="panel sanction-section">
      <div ref={headingRef} tabIndex={-1} className="sanction-section__heading">
        <KolHeading _label={t('chat.sanctions.heading')} _level={level} />
      </div>
      {intro && <p>{intro}</p>}
      <KolInputCheckbox
        _label={t('chat.sanctions.showPast')}
        _variant="switch"
        {...checkboxField(showPast, (checked) => {
          setShowPast(checked);
          setPage(0);
          setConfirming(null);
        })}
      />
      <Feedback message={notice} failure={problem} />
      {sanctions.isPending && <p className="status-line">{t('common.loading')}</p>}
      {sanctions.isError && <ApiErrorAlert error={sanctions.error} onRetry={() => void sanctions.refetch()} />}
      {data && items.length === 0 && (
        <p className="empty-state">{showPast ? t('chat.sanctions.emptyAll') : t('chat.sanctions.empty')}</p>
      )}
      {items.length > 0 && (
        <>
          <p className="status-line">{t('chat.sanctions.count', { count: data?.totalItems ?? items.length })}</p>
          <ul className="sanction-list">
            {items.map((s) => (
              <li key={s.id} className={`sanction-list__item${inForce(s) ? '' : ' is-past'}`}>
                <p className="sanction-list__who">
                  <strong>{s.userName}</strong>
                  {s.userName !== s.user && <span className="muted"> ({s.user})</span>}
                  {' · '}
                  {kindName(s)}
                </p>
                <dl className="sanction-list__facts">
                  <Fact label={t('chat.sanctions.channel')}>{channelLabel(s.channel, t)}</Fact>
                  <Fact label={t('chat.sanctions.until')}>{s.expiresAt ? date(s.expiresAt) : t('chat.sanctions.untilLifted')}</Fact>
                  <Fact label={t('chat.sanctions.reason')}>{s.reason || '–'}</Fact>
                  <Fact label={t('chat.sanctions.by')}>
                    {s.createdByName} · {date(s.createdAt)}
                  </Fact>
                  <Fact label={t('chat.sanctions.state')}>{state(s)}</Fact>
                </dl>
                {inForce(s) &&
                  (confirming === s.id ? (
                    <div ref={confirmRef} tabIndex={-1} role="group" aria-label={t('chat.sanctions.confirm', { kind: kindName(s), name: s.userName })} className="sanction-list__confirm">
                      <p>
                        <strong>{t('chat.sanctions.confirm', { kind: kindName(s), name: s.userName })}</strong>
                      </p>
                      <div className="button-row">
                        <ActionButton label={t('chat.sanctions.confirmYes')} variant="danger" busy={busy} onClick={() => void lift(s)} />
                        <ActionButton
                          label={t('chat.sanctions.confirmNo')}
                          variant="secondary"
                          busy={busy}
                          onClick={() => setConfirming(null)}
                        />
                      </div>
                    </div>
                  ) : (
                    <KolButton
                      _label={t('chat.sanctions.lift', { kind: kindName(s), name: s.userName })}
                      _variant="secondary"
                      _on={{
                        onClick: () => {
                          setProblem('');
                          setConfirming(s.id);
                        },
                      }}
                    />
                  ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {data && data.totalPages > 1 && (
        <nav className="button-row" aria-label={t('chat.sanctions.page', { page: page + 1, pages: data.totalPages })}>
          <KolButton
            _label={t('chat.sanctions.previous')}
            _variant="secondary"
            _disabled={page === 0}
            _on={{ onClick: () => setPage((p) => Math.max(0, p - 1)) }}
          />
          <span className="status-line">{t('chat.sanctions.page', { page: page + 1, pages: data.totalPages })}</span>
          <KolButton
            _label={t('chat.sanctions.next')}
            _variant="secondary"
            _disabled={page + 1 >= data.totalPages}
            _on={{ onClick: () => setPage((p) => p + 1) }}
          />
        </nav>
      )}
    </section>
  );
}
