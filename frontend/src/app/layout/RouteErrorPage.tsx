import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('routeError.pageTitle'));
  return (
    <div className="page page--error">
      <PageHeading>{t('routeError.pageTitle')}</PageHeading>
      <p>{t('routeError.text')}</p>
    </div>
  );
}
