import { useTranslation } from 'react-i18next';
import { AppLink } from '../features/layout/AppLink';
import { PageHeading } from '../features/layout/PageHeading';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.pageTitle'));
  return (
    <div className="page page--not-found">
      <PageHeading>{t('notFound.pageTitle')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <AppLink to="/" label={t('notFound.toStart')} />
      </p>
    </div>
  );
}
