import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink';
import { PageHeading } from './PageHeading';
import { useDocumentTitle } from './useDocumentTitle';

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
