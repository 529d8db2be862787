import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import '../texts';
import { ApiError } from '../../../shared/api';
import { ApiErrorAlert } from '../../../shared/ui/ApiErrorAlert';
import { Loading } from '../../../shared/ui/Loading';
import { Notice } from '../../../shared/ui/Notice';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { certificatesApi } from '../api';
import { useApiQuery } from '../../../shared/api/useApiQuery';

/** The public check of a certificate's code: event, name as printed and validity, nothing else. */
export function VerificationPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  useDocumentTitle(t('certificates.verify.pageTitle'));
  const verification = useApiQuery(['certificate-verification', code], (o) => certificatesApi.verify(code, o), { retry: false });
  const unknown = verification.error instanceof ApiError && verification.error.isNotFound;
  const v = verification.data;
  return (
    <div className="page page--verification">
      <PageHeading>{t('certificates.verify.pageTitle')}</PageHeading>
      <p className="lead">{t('certificates.verify.intro')}</p>
      {verification.isPending && <Loading />}
      {unknown && <Notice type="error">{t('certificates.verify.unknown', { code })}</Notice>}
      {verification.isError && !unknown && <ApiErrorAlert error={verification.error} />}
      {v && (
        <>
          <Notice type={v.valid ? 'info' : 'warning'}>{v.valid ? t('certificates.verify.valid') : t('certificates.verify.invalid')}</Notice>
          <dl className="facts">
            <dt>{t('certificates.code')}</dt>
            <dd>
              <code>{v.code}</code>
            </dd>
            <dt>{t('certificates.verify.event')}</dt>
            <dd>{v.event}</dd>
            <dt>{t('certificates.verify.name')}</dt>
            <dd>{v.printedName}</dd>
            <dt>{t('certificates.verify.status')}</dt>
            <dd>{v.valid ? t('certificates.verify.statusValid') : t('certificates.verify.statusInvalid')}</dd>
          </dl>
        </>
      )}
    </div>
  );
}
