import { useTranslation } from 'react-i18next';
import { MessagePage } from '../../shared/ui/MessagePage';

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('routeError.pageTitle')} className="page--error">
      <p>{t('routeError.text')}</p>
    </MessagePage>
  );
}
