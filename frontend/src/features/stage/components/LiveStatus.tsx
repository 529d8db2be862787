import { useTranslation } from 'react-i18next';
import type { LiveView } from '../api/programme';
import { formatTime } from '../../../i18n/format';
import { useContentLang } from '../../../i18n/useContentLang';

/** Live state of a stage (upcoming, live, paused with the moderators' message, ended) and its viewers. */
export function LiveStatus({ live, viewers }: { live: LiveView; viewers?: number }) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  return (
    <div className={`live-status live-status--${live.state}`}>
      <p className="live-status__state">
        <span className="live-status__badge">{t(`live.state.${live.state}`)}</span>
        {live.changedAt && (
          <span className="live-status__since">
            {t('live.since', { time: formatTime(live.changedAt, i18n.language) })}
          </span>
        )}
        {viewers !== undefined && <span className="live-status__viewers">{t('live.viewers', { count: viewers })}</span>}
      </p>
      {live.message && (
        <p className="live-status__message" lang={contentLang}>
          {live.message}
        </p>
      )}
    </div>
  );
}
