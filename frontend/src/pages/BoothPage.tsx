import { KolBadge, KolButton, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../api';
import { useAuth } from '../features/auth/AuthContext';
import { BookmarkButton } from '../features/booth/BookmarkButton';
import { FEATURED_BADGE_COLOR } from '../features/booth/BoothCard';
import { BoothView } from '../features/booth/BoothView';
import { ContactRequestForm } from '../features/booth/ContactRequestForm';
import { BoothChat } from '../features/chat/BoothChat';
import { useBooth } from '../features/booth/hooks';
import { ApiErrorAlert } from '../features/layout/ApiErrorAlert';
import { AppLink } from '../features/layout/AppLink';
import { PageHeading } from '../features/layout/PageHeading';
import { useDocumentTitle } from '../features/layout/useDocumentTitle';
import { useContentLang } from '../i18n/useContentLang';

export function BoothPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const booth = useBooth(slug);
  const contentLang = useContentLang();
  const notFound = booth.error instanceof ApiError && booth.error.isNotFound;

  let title = t('booth.pageTitle');
  if (booth.data) title = booth.data.name;
  else if (notFound) title = t('booth.notFound.title');
  useDocumentTitle(title);

  const backLink = (
    <p className="back-link">
      <AppLink to="/halle" label={t('booth.backToHall')} />
    </p>
  );

  if (notFound) {
    return (
      <div className="page page--booth">
        <PageHeading>{t('booth.notFound.title')}</PageHeading>
        <p>{t('booth.notFound.text')}</p>
        {backLink}
      </div>
    );
  }

  const data = booth.data;
  const loginHint = (
    <div className="experts-login">
      <p>{t('booth.experts.loginHint')}</p>
      {status === 'anonymous' && (
        <KolButton _label={t('auth.login')} _variant="secondary" _on={{ onClick: () => void login() }} />
      )}
    </div>
  );

  return (
    <div className="page page--booth">
      {backLink}
      <PageHeading lang={data ? contentLang : undefined}>{data ? data.name : t('booth.pageTitle')}</PageHeading>
      {booth.isPending && (
        <p role="status" className="status-line">
          {t('booth.loading')}
        </p>
      )}
      {booth.isError && <ApiErrorAlert error={booth.error} onRetry={() => void booth.refetch()} />}
      {data && (
        <>
          {(data.featured || status === 'authenticated') && (
            <div className="booth-actions">
              {data.featured && <KolBadge _label={t('booth.featured')} _color={FEATURED_BADGE_COLOR} />}
              {status === 'authenticated' && (
                <BookmarkButton slug={data.slug} bookmarked={data.bookmarked} />
              )}
            </div>
          )}
          <BoothView booth={data} expertsHint={loginHint} />
          <BoothChat slug={data.slug} />
          <section className="booth-section contact-section panel">
            <KolHeading _label={t('contact.heading')} _level={2} />
            <ContactRequestForm slug={data.slug} exhibitorName={data.exhibitor.name} enabled={data.contactRequestsEnabled} />
          </section>
        </>
      )}
    </div>
  );
}
