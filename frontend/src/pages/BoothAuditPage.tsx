import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProtectedPage, useAccess } from '../features/auth/access';
import { AuditLog } from '../features/editor/AuditLog';
import { BoothManageNav } from '../features/editor/BoothManageNav';
import { useManagedBooth } from '../features/editor/useManagedBooth';

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
