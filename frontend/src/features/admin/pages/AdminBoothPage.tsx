import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { PlacementForm } from '../components/PlacementForm';
import { AdminAreaPage } from '../../../shared/auth/AdminAreaPage';
import { AuditLog } from '../../../shared/booth/AuditLog';
import { useManagedBoothPage } from '../../../shared/booth/hooks';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { AppLink } from '../../../shared/ui/AppLink';
import '../../../i18n/editorTexts';
import '../../../i18n/adminTexts';

export function AdminBoothPage() {
  const { t } = useTranslation();
  const { slug, access, granted, name, booth, known, query } = useManagedBoothPage('admin');
  const missing = known && !booth;

  return (
    <AdminAreaPage access={access} title={t('admin.booth.pageTitle', { name })} className="page--admin-booth">
      {missing && <p>{t('admin.booth.notFound')}</p>}
      {!missing && (
        <>
          <ul className="inline-links">
            <li>
              <AppLink to={`/mein-stand/${encodeURIComponent(slug)}/bearbeiten`} label={t('admin.booths.edit')} />
            </li>
            {booth?.published && (
              <li>
                <AppLink to={`/stand/${encodeURIComponent(slug)}`} label={t('editor.nav.public')} />
              </li>
            )}
          </ul>
          <section className="panel admin-section">
            <KolHeading _label={t('admin.placement.heading')} _level={2} />
            {query.isPending && <p className="status-line">{t('common.loading')}</p>}
            {query.isError && <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
            {booth && <PlacementForm key={slug} slug={slug} placement={booth.placement} />}
          </section>
          <section className="panel admin-section">
            <KolHeading _label={t('audit.heading')} _level={2} />
            <AuditLog slug={slug} enabled={granted} />
          </section>
        </>
      )}
    </AdminAreaPage>
  );
}
