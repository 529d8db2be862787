import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProtectedPage, useAccess } from '../../../shared/auth/access';
import { AuditLog } from '../../../shared/booth/AuditLog';
import { BoothManageNav } from '../../../shared/booth/BoothManageNav';
import { useManagedBooth } from '../../../shared/booth/hooks';

export function BoothAuditPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const access = useAccess('exhibitor');
  const granted = access === 'granted';
  const { name, booth, known, listed } = useManagedBooth(slug, granted);
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
