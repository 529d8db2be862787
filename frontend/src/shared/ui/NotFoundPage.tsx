import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink';
import { MessagePage } from './MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('notFound.pageTitle')} className="page--not-found">
      <p>{t('notFound.text')}</p>
      <p>
        {/* The start page of the current edition: the address may name an edition that does not exist */}
        <AppLink to="/" label={t('notFound.toStart')} exact />
      </p>
    </MessagePage>
  );
}
