import { setCurrentLocation } from '@public-ui/components';
import { KolSkipNav } from '@public-ui/react-v19';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useParams } from 'react-router';
import { EasyLanguageLink } from '../../features/accessibility/components/EasyLanguageLink';
import '../../features/accessibility/accessibility.css';
import { AuthControls } from '../auth/AuthControls';
import { currentLanguage } from '../../i18n';
import { PlayerProvider } from '../../features/stage/components/PlayerProvider';
import { isCurrentNavItem, mainNavItems } from '../../shared/auth/roles';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { AppLink } from '../../shared/ui/AppLink';
import { EditionProvider, useEdition } from '../../shared/edition/EditionContext';
import { withoutEdition } from '../../shared/edition/paths';
import { LanguageSwitch } from './LanguageSwitch';
import { notePage } from '../../shared/pageTrail';

// Both follow the logged-in user's agenda and chats over the WebSocket: they come after the page, in chunks of
// their own, so that the start page does not load the chat client.
const AgendaReminder = lazy(() =>
  import('../../features/stage/components/AgendaReminder').then((m) => ({ default: m.AgendaReminder })),
);
// Which edition is on screen, and the way to the others: after the page too (the context itself is in the
// shell), with the styles of its KolDetails, which are not among the first paint's (app/kolibri.ts)
const editionUi = () =>
  Promise.all([
    import('./EditionSwitch'),
    // Already in the first chunk (main.tsx starts KoliBri with it); without a theme (tests) the switcher shows all the same
    import('../kolibri').then((kolibri) => kolibri.loadFullTheme(currentLanguage())).catch(() => undefined),
  ]).then(([module]) => module);
const EditionSwitch = lazy(() => editionUi().then((m) => ({ default: m.EditionSwitch })));
const EditionNotice = lazy(() => editionUi().then((m) => ({ default: m.EditionNotice })));
const EditionFooterNav = lazy(() => editionUi().then((m) => ({ default: m.EditionFooterNav })));
const NotificationLink = lazy(() =>
  import('../../features/notifications/components/NotificationLink').then((m) => ({ default: m.NotificationLink })),
);
// The fair's colours (admins set them): after the page, in a chunk of their own
const BrandingColours = lazy(() => import('../../shared/fair/BrandingColours'));
// For staff: the conversations at their booths that wait for the team, live while they are on duty
const WaitingConversationsLink = lazy(() =>
  import('../../features/chat/components/WaitingConversationsLink').then((m) => ({ default: m.WaitingConversationsLink })),
);
const UnreadBadge = lazy(() => import('../../features/chat/components/UnreadBadge').then((m) => ({ default: m.UnreadBadge })));

const FOOTER_NAV = [
  { to: '/impressum', key: 'nav.imprint' },
  { to: '/datenschutz', key: 'nav.privacy' },
  { to: '/barrierefreiheit', key: 'nav.accessibility' },
  { to: '/hilfe', key: 'nav.help' },
] as const;

/** The form "Barriere melden", told which page the visitor came from. */
function reportBarrierLink(pathname: string): string {
  return pathname === '/barriere-melden' ? pathname : `/barriere-melden?seite=${encodeURIComponent(pathname)}`;
}

/** "Meine Gespräche" with the number of unread messages in them. */
function ConversationsNavLink({ label }: { label: string }) {
  return <AppLink to="/gespraeche" label={label} after={
        <Suspense fallback={null}>
          <UnreadBadge />
        </Suspense>
      } />;
}

/** Skip link, header, main and footer around every page, in the edition the address names (/2025/…). */
export function AppLayout() {
  // The route's parameters reach up to the layout: /:edition/halle gives the edition here
  const { edition } = useParams();
  return (
    <EditionProvider slug={edition}>
      <Layout />
    </EditionProvider>
  );
}

function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const { authenticated, me } = useCurrentUser();
  const page = withoutEdition(pathname, useEdition().routeSlug);
  const navItems = mainNavItems(authenticated, me?.roles);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);

  // A new page closes the narrow screen's menu (its heading gets the focus, see below)
  useEffect(() => setMenuOpen(false), [pathname]);

  /** Escape closes the open menu and gives the focus back to its button, wherever inside the menu it was. */
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    event.stopPropagation();
    setMenuOpen(false);
    menuButtonRef.current?.focus();
  };

  useEffect(() => {
    notePage(pathname);
    // KoliBri sets aria-current="page" on links whose _href is the current location.
    setCurrentLocation(pathname);
    // On the first load the screen reader starts at the top; after a navigation the new page's
    // heading gets the focus, so the change is announced and Tab continues from there.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);

  return (
    <PlayerProvider>
    <div className="app">
      <KolSkipNav
        className="skip-nav"
        _label={t('layout.skipNavLabel')}
        _links={[{ _href: '#main', _label: t('layout.skipToContent') }]}
      />
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__claim">{t('app.claim')}</span>
          </div>
          {/* Narrow screens (below 600 px): navigation and tools fold behind this button (a disclosure) */}
          <button
            ref={menuButtonRef}
            type="button"
            className="disclosure-button site-menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
            onKeyDown={closeOnEscape}
          >
            <span className="site-menu-toggle__icon" aria-hidden="true" />
            {t('layout.menu')}
          </button>
          <div id="site-menu" className={menuOpen ? 'site-menu is-open' : 'site-menu'} onKeyDown={closeOnEscape}>
            <nav className="main-nav" aria-label={t('layout.mainNav')}>
              <ul>
                {navItems.map((item) => (
                  <li key={item.to} className={isCurrentNavItem(item.to, page) ? 'is-current' : undefined}>
                    {item.to === '/gespraeche' ? (
                      <ConversationsNavLink label={t(item.key)} />
                    ) : (
                      <AppLink to={item.to} label={t(item.key)} />
                    )}
                  </li>
                ))}
              </ul>
            </nav>
            <div className="header-tools">
              <Suspense fallback={null}>
                <EditionSwitch />
              </Suspense>
              <EasyLanguageLink />
              <LanguageSwitch />
              {authenticated && (
                <Suspense fallback={null}>
                  <NotificationLink />
                </Suspense>
              )}
              {authenticated && me?.roles?.includes('exhibitor') && (
                <Suspense fallback={null}>
                  <WaitingConversationsLink />
                </Suspense>
              )}
              <AuthControls />
            </div>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Suspense fallback={null}>
          <BrandingColours />
        </Suspense>
        <Suspense fallback={null}>
          <AgendaReminder />
        </Suspense>
        <Suspense fallback={null}>
          <EditionNotice />
        </Suspense>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <nav aria-label={t('layout.footerNav')}>
            <ul>
              {FOOTER_NAV.map((item) => (
                <li key={item.to}>
                  <AppLink to={item.to} label={t(item.key)} />
                </li>
              ))}
              <li>
                <AppLink to={reportBarrierLink(pathname)} label={t('a11y.nav.reportBarrier')} />
              </li>
            </ul>
          </nav>
          <Suspense fallback={null}>
            <EditionFooterNav />
          </Suspense>
          <p>{t('layout.footerNote')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
    </PlayerProvider>
  );
}
