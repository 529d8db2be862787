import { KolBadge, KolButton, KolHeading, KolLink } from '@public-ui/react-v19';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/reuseTexts';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { useAuth } from '../../../shared/auth/AuthContext';
import { BookmarkButton } from '../components/BookmarkButton';
import { FEATURED_BADGE_COLOR } from '../../../shared/booth/BoothCard';
import { BoothView } from '../../../shared/booth/BoothView';
import { CompareButton } from '../components/CompareButton';
import { ContactRequestForm } from '../components/ContactRequestForm';
import { BOOTH_CHAT_ID, BOOTH_CONTACT_ID, BOOTH_CONVERSATION_ID, TeamEntries } from '../components/TeamEntries';
import { useBooth } from '../hooks';
import { AppLink } from '../../../shared/ui/AppLink';
import { PageHeading } from '../../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../../shared/ui/useDocumentTitle';
import { useTextLang } from '../../../i18n/textLang';
import { useEdition } from '../../../shared/edition/EditionContext';
import { QueryStatus } from '../../../shared/ui/QueryStatus';
import { reportVisit } from '../../../shared/visits';

/** What the booth's chat needs to know beyond the booth. */
export interface BoothChatOptions {
  /** The booth's edition is an archive: the chat can be read, but no conversation starts. */
  archived: boolean;
  /** Id for the place of the private conversation, which "Privates Gespräch" at the top leads to. */
  conversationId: string;
}

interface BoothPageProps {
  /** The booth's live chat; the app shell plugs it in, so the booth feature does not import chat. */
  chat?: (slug: string, edition: string | undefined, options: BoothChatOptions) => ReactNode;
}

export function BoothPage({ chat }: BoothPageProps) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const booth = useBooth(slug);
  const langOf = useTextLang();
  const { editions, edition: pageEdition } = useEdition();
  const notFound = booth.error instanceof ApiError && booth.error.isNotFound;

  let title = t('booth.pageTitle');
  if (booth.data) title = booth.data.name;
  else if (notFound) title = t('booth.notFound.title');
  useDocumentTitle(title);

  // One visit per opening of the page, for the booth's statistics (counted without cookies, docs/insights.md)
  const reported = useRef<string | null>(null);
  const loaded = booth.data !== undefined;
  useEffect(() => {
    if (loaded && reported.current !== slug) {
      reported.current = slug;
      reportVisit(slug);
    }
  }, [loaded, slug]);

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
  const boothEdition = data?.edition ? editions?.find((e) => e.slug === data.edition) : pageEdition;
  const archived = boothEdition?.state === 'archive';
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
      <PageHeading lang={data ? langOf(data.lang, 'name') : undefined}>{data ? data.name : t('booth.pageTitle')}</PageHeading>
      <QueryStatus query={booth} loadingText={t('booth.loading')} />
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
          <div className={chat ? 'booth-layout booth-layout--chat' : 'booth-layout'}>
            <div className="booth-layout__main">
              <BoothView
                booth={data}
                expertsHint={loginHint}
                intro={
                  <TeamEntries
                    slug={data.slug}
                    chat={Boolean(chat)}
                    contactRequestsEnabled={data.contactRequestsEnabled}
                    archived={archived}
                  />
                }
                serviceAction={(service) => (
                  <p className="service__action">
                    {data.contactRequestsEnabled && (
                      <AppLink
                        to={`/stand/${encodeURIComponent(data.slug)}/nachnutzung/${encodeURIComponent(service.key)}`}
                        label={t('booth.reuse.ask', { name: service.name })}
                        variant="secondary"
                      />
                    )}{' '}
                    <CompareButton edition={data.edition} slug={data.slug} service={service} />{' '}
                    <KolLink
                      _href={`/api/booths/${encodeURIComponent(data.slug)}/services/${encodeURIComponent(service.key)}/publiccode.yml${data.edition ? `?edition=${encodeURIComponent(data.edition)}` : ''}`}
                      _label={t('booth.reuse.publiccodeLabel', { name: service.name })}
                    />
                  </p>
                )}
              />
              {!archived && (
                <section id={BOOTH_CONTACT_ID} tabIndex={-1} className="booth-section contact-section panel">
                  <KolHeading _label={t('contact.heading')} _level={2} />
                  <ContactRequestForm slug={data.slug} exhibitorName={data.exhibitor.name} enabled={data.contactRequestsEnabled} />
                </section>
              )}
            </div>
            {chat && (
              <div id={BOOTH_CHAT_ID} tabIndex={-1} className="booth-layout__chat">
                {chat(data.slug, data.edition, { archived, conversationId: BOOTH_CONVERSATION_ID })}
              </div>
            )}
          </div>
        </>
      )}
    </div>
  );
}
