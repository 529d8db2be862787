import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, useParams, type RouteObject } from 'react-router';
import { withEdition } from '../shared/edition/paths';
import { NotFoundPage } from '../shared/ui/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { EditionPages } from './layout/EditionPages';
import { RouteErrorPage } from './layout/RouteErrorPage';

/**
 * Every page is its own chunk, loaded when its route is first visited, so the start page does not carry
 * the editor, the admin pages or the chat. `lazy` takes the named export of a page module.
 */
function page<M>(load: () => Promise<M>, name: keyof M & string): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load())[name] as ComponentType }) };
}

// The chats inside the booth and the stage page come after the page itself: the page shows first.
const BoothChat = lazy(() => import('../features/chat/components/BoothChat').then((m) => ({ default: m.BoothChat })));
const ChatPanel = lazy(() => import('../features/chat/components/ChatPanel').then((m) => ({ default: m.ChatPanel })));

/** Calendar files link talks as /programm/<id>; the talk page lives at /vortrag/<id>. */
function TalkRedirect() {
  const { id = '', edition } = useParams();
  return <Navigate to={withEdition(`/vortrag/${encodeURIComponent(id)}`, edition)} replace />;
}

/** The pages of one edition: under their plain path for the current edition, and again under /<edition>/. */
const editionPages: RouteObject[] = [
    { index: true, ...page(() => import('../features/start/pages/StartPage'), 'StartPage') },
    { path: 'programm', ...page(() => import('../features/stage/pages/ProgrammePage'), 'ProgrammePage') },
    { path: 'programm/:id', element: <TalkRedirect /> },
    // Also vortrag/:id/untertitel (the talk's captions): the talk page's module routes it, so the start page stays small
    { path: 'vortrag/:id/*', ...page(() => import('../features/stage/pages/TalkPage'), 'TalkPage') },
    {
      path: 'buehne/:key',
      lazy: async () => {
        const { StagePage } = await import('../features/stage/pages/StagePage');
        return {
          Component: () => (
            <StagePage
              chat={(channel, heading) => (
                <Suspense fallback={null}>
                  <ChatPanel channel={channel} heading={heading} />
                </Suspense>
              )}
            />
          ),
        };
      },
    },
    { path: 'archiv', ...page(() => import('../features/stage/pages/ArchiveSearchPage'), 'ArchiveSearchPage') },
    { path: 'archiv/:day', ...page(() => import('../features/stage/pages/ArchivePage'), 'ArchivePage') },
    { path: 'moderation', ...page(() => import('../features/stage/pages/ModerationPage'), 'ModerationPage') },
    { path: 'moderation/vortrag/:id', ...page(() => import('../features/stage/pages/TalkModerationPage'), 'TalkModerationPage') },
    {
      path: 'moderation/vortrag/:id/referierende',
      ...page(() => import('../features/stage/pages/SpeakerViewPage'), 'SpeakerViewPage'),
    },
    { path: 'halle', ...page(() => import('../features/hall/pages/HallPage'), 'HallPage') },
    {
      path: 'stand/:slug',
      lazy: async () => {
        const { BoothPage } = await import('../features/booth/pages/BoothPage');
        return {
          Component: () => (
            <BoothPage
              chat={(slug, edition, options) => (
                <Suspense fallback={null}>
                  <BoothChat slug={slug} edition={edition} {...options} />
                </Suspense>
              )}
            />
          ),
        };
      },
    },
    { path: 'mein-stand/:slug/bearbeiten', ...page(() => import('../features/editor/pages/BoothEditorPage'), 'BoothEditorPage') },
    { path: 'stand/:slug/termin', ...page(() => import('../features/meetings/pages/BookMeetingPage'), 'BookMeetingPage') },
    { path: 'mein-stand/:slug/termine', ...page(() => import('../features/meetings/pages/BoothCalendarPage'), 'BoothCalendarPage') },
    { path: 'mein-stand/:slug/anfragen', ...page(() => import('../features/editor/pages/BoothInboxPage'), 'BoothInboxPage') },
    { path: 'mein-stand/:slug/nachnutzung', ...page(() => import('../features/reuse/pages/ReuseBoardPage'), 'ReuseBoardPage') },
    { path: 'stand/:slug/nachnutzung/:key', ...page(() => import('../features/reuse/pages/ReuseRequestPage'), 'ReuseRequestPage') },
    { path: 'mein-stand/:slug/chat', ...page(() => import('../features/chat/pages/BoothChatConsolePage'), 'BoothChatConsolePage') },
    { path: 'mein-stand/:slug/statistik', ...page(() => import('../features/insights/pages/BoothAnalyticsPage'), 'BoothAnalyticsPage') },
    { path: 'mein-stand/:slug/protokoll', ...page(() => import('../features/editor/pages/BoothAuditPage'), 'BoothAuditPage') },
    { path: 'verwaltung/pruefung/:slug', ...page(() => import('../features/review/pages/ReviewPage'), 'ReviewPage') },
    { path: 'verwaltung/stand/:slug', ...page(() => import('../features/admin/pages/AdminBoothPage'), 'AdminBoothPage') },
    { path: 'verwaltung/programm', ...page(() => import('../features/stage/pages/AdminProgrammePage'), 'AdminProgrammePage') },
    { path: 'verwaltung/programm/:id', ...page(() => import('../features/stage/pages/TalkEditPage'), 'TalkEditPage') },
];

/** Pages the same in every edition (legal, accessibility, my conversations, the administration's own pages). */
const globalPages: RouteObject[] = [
    { path: 'agenda', ...page(() => import('../features/stage/pages/AgendaPage'), 'AgendaPage') },
    { path: 'referierende/:id', ...page(() => import('../features/stage/pages/SpeakerPage'), 'SpeakerPage') },
    { path: 'merkliste', ...page(() => import('../features/booth/pages/BookmarksPage'), 'BookmarksPage') },
    { path: 'meine-nachnutzungen', ...page(() => import('../features/reuse/pages/MyReusePage'), 'MyReusePage') },
    { path: 'vergleich', ...page(() => import('../features/reuse/pages/ComparePage'), 'ComparePage') },
    { path: 'gespraeche', ...page(() => import('../features/chat/pages/ConversationsPage'), 'ConversationsPage') },
    { path: 'gespraeche/:id', ...page(() => import('../features/chat/pages/ConversationPage'), 'ConversationPage') },
    {
      path: 'mein-stand',
      lazy: async () => {
        const [{ MyBoothsPage }, { UpcomingMeetings }] = await Promise.all([
          import('../features/editor/pages/MyBoothsPage'),
          import('../features/meetings/components/UpcomingMeetings'),
        ]);
        return { Component: () => <MyBoothsPage upcoming={<UpcomingMeetings />} /> };
      },
    },
    { path: 'benachrichtigungen', ...page(() => import('../features/notifications/pages/NotificationsPage'), 'NotificationsPage') },
    {
      path: 'benachrichtigungen/einstellungen',
      ...page(() => import('../features/notifications/pages/NotificationSettingsPage'), 'NotificationSettingsPage'),
    },
    { path: 'termine', ...page(() => import('../features/meetings/pages/MyMeetingsPage'), 'MyMeetingsPage') },
    { path: 'termine/:id', ...page(() => import('../features/meetings/pages/MeetingPage'), 'MeetingPage') },
    { path: 'vernetzen', ...page(() => import('../features/networking/pages/NetworkingPage'), 'NetworkingPage') },
    { path: 'bescheinigungen', ...page(() => import('../features/feedback/pages/CertificatesPage'), 'CertificatesPage') },
    { path: 'bescheinigung/:code', ...page(() => import('../features/feedback/pages/VerificationPage'), 'VerificationPage') },
    { path: 'verwaltung', ...page(() => import('../features/admin/pages/AdminPage'), 'AdminPage') },
    { path: 'verwaltung/kennzahlen', ...page(() => import('../features/insights/pages/DashboardPage'), 'DashboardPage') },
    { path: 'verwaltung/referierende', ...page(() => import('../features/stage/pages/AdminSpeakersPage'), 'AdminSpeakersPage') },
    { path: 'verwaltung/erscheinungsbild', ...page(() => import('../features/admin/pages/BrandingPage'), 'BrandingPage') },
    { path: 'verwaltung/ausgaben', ...page(() => import('../features/admin/pages/AdminEditionsPage'), 'AdminEditionsPage') },
    { path: 'verwaltung/aussteller', ...page(() => import('../features/admin/pages/AdminExhibitorsPage'), 'AdminExhibitorsPage') },
    { path: 'verwaltung/chat', ...page(() => import('../features/chat/pages/AdminChatPage'), 'AdminChatPage') },
    { path: 'verwaltung/nachnutzung', ...page(() => import('../features/reuse/pages/ReuseReportPage'), 'ReuseReportPage') },
    { path: 'impressum', ...page(() => import('../features/legal/pages/ImprintPage'), 'ImprintPage') },
    { path: 'datenschutz', ...page(() => import('../features/legal/pages/PrivacyPage'), 'PrivacyPage') },
    { path: 'meine-daten', ...page(() => import('../features/privacy/pages/MyDataPage'), 'MyDataPage') },
    {
      path: 'meine-daten/konto-loeschen',
      ...page(() => import('../features/privacy/pages/DeleteAccountPage'), 'DeleteAccountPage'),
    },
    { path: 'barrierefreiheit', ...page(() => import('../features/accessibility/pages/StatementPage'), 'StatementPage') },
    { path: 'barriere-melden', ...page(() => import('../features/accessibility/pages/ReportBarrierPage'), 'ReportBarrierPage') },
    { path: 'hilfe', ...page(() => import('../features/chat/pages/HelpPage'), 'HelpPage') },
    { path: 'leichte-sprache', ...page(() => import('../features/accessibility/pages/EasyLanguagePage'), 'EasyLanguagePage') },
    { path: 'leichte-sprache/:slot', ...page(() => import('../features/accessibility/pages/EasyLanguagePage'), 'EasyLanguagePage') },
    {
      path: 'verwaltung/barrierefreiheit',
      ...page(() => import('../features/accessibility/pages/AdminAccessibilityPage'), 'AdminAccessibilityPage'),
    },
    { path: 'auth/callback', ...page(() => import('./auth/AuthCallbackPage'), 'AuthCallbackPage') },
];

/** German paths: they are what visitors see and share; an edition's slug in front shows that edition (docs/editions.md). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Until the first page's chunk is there (a moment after the start) the page stays empty.
    HydrateFallback: () => null,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          ...editionPages,
          ...globalPages,
          // Static segments rank before this one: /halle is the hall, /2025/halle the hall of 2025
          { path: ':edition', element: <EditionPages />, children: [...editionPages, { path: '*', element: <NotFoundPage /> }] },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
