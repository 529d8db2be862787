import { Navigate, useParams, type RouteObject } from 'react-router';
import { AppLayout } from './features/layout/AppLayout';
import { AdminAccessibilityPage } from './features/accessibility/pages/AdminAccessibilityPage';
import { EasyLanguagePage } from './features/accessibility/pages/EasyLanguagePage';
import { ReportBarrierPage } from './features/accessibility/pages/ReportBarrierPage';
import { StatementPage } from './features/accessibility/pages/StatementPage';
import { AdminBoothPage } from './pages/AdminBoothPage';
import { AdminExhibitorsPage } from './pages/AdminExhibitorsPage';
import { AdminPage } from './pages/AdminPage';
import { AdminProgrammePage } from './pages/AdminProgrammePage';
import { AgendaPage } from './pages/AgendaPage';
import { ArchivePage } from './pages/ArchivePage';
import { AuthCallbackPage } from './pages/AuthCallbackPage';
import { BookmarksPage } from './pages/BookmarksPage';
import { ConversationPage } from './pages/ConversationPage';
import { ConversationsPage } from './pages/ConversationsPage';
import { AdminChatPage } from './pages/AdminChatPage';
import { BoothAuditPage } from './pages/BoothAuditPage';
import { BoothChatConsolePage } from './pages/BoothChatConsolePage';
import { BoothEditorPage } from './pages/BoothEditorPage';
import { BoothInboxPage } from './pages/BoothInboxPage';
import { BoothPage } from './pages/BoothPage';
import { BoothStatsPage } from './pages/BoothStatsPage';
import { HallPage } from './pages/HallPage';
import { ImprintPage } from './pages/ImprintPage';
import { ModerationPage } from './pages/ModerationPage';
import { MyBoothsPage } from './pages/MyBoothsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ProgrammePage } from './pages/ProgrammePage';
import { ReviewPage } from './pages/ReviewPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SpeakerViewPage } from './pages/SpeakerViewPage';
import { StagePage } from './pages/StagePage';
import { StartPage } from './pages/StartPage';
import { TalkEditPage } from './pages/TalkEditPage';
import { TalkModerationPage } from './pages/TalkModerationPage';
import { TalkPage } from './pages/TalkPage';

/** Calendar files link talks as /programm/<id>; the talk page lives at /vortrag/<id>. */
function TalkRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={`/vortrag/${encodeURIComponent(id)}`} replace />;
}

/** German paths: they are what visitors see and share. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'programm', element: <ProgrammePage /> },
          { path: 'programm/:id', element: <TalkRedirect /> },
          { path: 'vortrag/:id', element: <TalkPage /> },
          { path: 'buehne/:key', element: <StagePage /> },
          { path: 'agenda', element: <AgendaPage /> },
          { path: 'archiv/:day', element: <ArchivePage /> },
          { path: 'moderation', element: <ModerationPage /> },
          { path: 'moderation/vortrag/:id', element: <TalkModerationPage /> },
          { path: 'moderation/vortrag/:id/referierende', element: <SpeakerViewPage /> },
          { path: 'halle', element: <HallPage /> },
          { path: 'stand/:slug', element: <BoothPage /> },
          { path: 'merkliste', element: <BookmarksPage /> },
          { path: 'gespraeche', element: <ConversationsPage /> },
          { path: 'gespraeche/:id', element: <ConversationPage /> },
          { path: 'mein-stand', element: <MyBoothsPage /> },
          { path: 'mein-stand/:slug/bearbeiten', element: <BoothEditorPage /> },
          { path: 'mein-stand/:slug/anfragen', element: <BoothInboxPage /> },
          { path: 'mein-stand/:slug/chat', element: <BoothChatConsolePage /> },
          { path: 'mein-stand/:slug/statistik', element: <BoothStatsPage /> },
          { path: 'mein-stand/:slug/protokoll', element: <BoothAuditPage /> },
          { path: 'verwaltung', element: <AdminPage /> },
          { path: 'verwaltung/pruefung/:slug', element: <ReviewPage /> },
          { path: 'verwaltung/stand/:slug', element: <AdminBoothPage /> },
          { path: 'verwaltung/aussteller', element: <AdminExhibitorsPage /> },
          { path: 'verwaltung/programm', element: <AdminProgrammePage /> },
          { path: 'verwaltung/programm/:id', element: <TalkEditPage /> },
          { path: 'verwaltung/chat', element: <AdminChatPage /> },
          { path: 'impressum', element: <ImprintPage /> },
          { path: 'datenschutz', element: <PrivacyPage /> },
          { path: 'barrierefreiheit', element: <StatementPage /> },
          { path: 'barriere-melden', element: <ReportBarrierPage /> },
          { path: 'leichte-sprache', element: <EasyLanguagePage /> },
          { path: 'leichte-sprache/:slot', element: <EasyLanguagePage /> },
          { path: 'verwaltung/barrierefreiheit', element: <AdminAccessibilityPage /> },
          { path: 'auth/callback', element: <AuthCallbackPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
