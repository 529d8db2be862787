import { useTranslation } from 'react-i18next';
import { AppLink } from './AppLink';
import { MessagePage } from './MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('notFound.pageTitle')} className="page--not-found">
      <p>{t('notFound.text')}</p>
      <p>
        <AppLink to="/" label={t('notFound.toStart')} />
      </p>
    </MessagePage>
  );
}
