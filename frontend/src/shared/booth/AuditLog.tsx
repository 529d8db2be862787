import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { formatDateTime } from '../../i18n/format';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { Loading } from '../ui/Loading';

/** Who changed what and when, newest first as the API sends it. */
export function AuditLog({ slug, enabled = true }: { slug: string; enabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const audit = useQuery({
    queryKey: ['audit', slug],
    queryFn: ({ signal }) => api.audit(slug, { signal }),
    enabled,
  });
  if (audit.isPending) {
    return (
      <Loading />
    );
  }
  if (audit.isError) return <ApiErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  if (audit.data.length === 0) return <p className="empty-state">{t('audit.empty')}</p>;
  return (
    <ol className="audit-list">
      {audit.data.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="audit-entry">
          <p className="audit-entry__head">
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            {' · '}
            <strong>{t(`audit.action.${entry.action}` as never, { defaultValue: entry.action })}</strong>
            {' · '}
            {entry.actor === 'system' ? t('audit.bySystem') : t('audit.by', { actor: entry.actorName ?? entry.actor })}
          </p>
          {entry.detail && (
            <p className="audit-entry__detail" lang="de">
              {entry.detail}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
