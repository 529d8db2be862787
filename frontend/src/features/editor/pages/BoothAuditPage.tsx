import { useTranslation } from 'react-i18next';
import { ProtectedPage } from '../../../shared/auth/access';
import { AuditLog } from '../../../shared/booth/AuditLog';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBoothPage } from '../../../shared/booth/hooks';

export function BoothAuditPage() {
  const { t } = useTranslation();
  const { slug, access, granted, name, booth, known, listed } = useManagedBoothPage('exhibitor');
  return (
    <ProtectedPage
      access={access}
      title={t('audit.pageTitle', { name })}
      forbidden={known && !listed}
      className="page--audit"
    >
      <BoothManageNav slug={slug} current="audit" published={booth?.published} />
      <p className="lead">{t('audit.intro')}</p>
      {known && listed && <AuditLog slug={slug} enabled={granted} />}
    </ProtectedPage>
  );
}
