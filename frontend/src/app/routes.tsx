import { Navigate, useParams, type RouteObject } from 'react-router';
import { BoothChat } from '../features/chat/components/BoothChat';
import { ChatPanel } from '../features/chat/components/ChatPanel';
import { AppLayout } from './layout/AppLayout';
import { AccessibilityPage } from '../features/legal/pages/AccessibilityPage';
import { AdminBoothPage } from '../features/admin/pages/AdminBoothPage';
import { AdminExhibitorsPage } from '../features/admin/pages/AdminExhibitorsPage';
import { AdminPage } from '../features/admin/pages/AdminPage';
import { AdminProgrammePage } from '../features/stage/pages/AdminProgrammePage';
import { AgendaPage } from '../features/stage/pages/AgendaPage';
import { ArchivePage } from '../features/stage/pages/ArchivePage';
import { AuthCallbackPage } from './auth/AuthCallbackPage';
import { BookmarksPage } from '../features/booth/pages/BookmarksPage';
import { ConversationPage } from '../features/chat/pages/ConversationPage';
import { ConversationsPage } from '../features/chat/pages/ConversationsPage';
import { AdminChatPage } from '../features/chat/pages/AdminChatPage';
import { BoothAuditPage } from '../features/editor/pages/BoothAuditPage';
import { BoothChatConsolePage } from '../features/chat/pages/BoothChatConsolePage';
import { BoothEditorPage } from '../features/editor/pages/BoothEditorPage';
import { BoothInboxPage } from '../features/editor/pages/BoothInboxPage';
import { BoothPage } from '../features/booth/pages/BoothPage';
import { BoothStatsPage } from '../features/editor/pages/BoothStatsPage';
import { HallPage } from '../features/hall/pages/HallPage';
import { ImprintPage } from '../features/legal/pages/ImprintPage';
import { ModerationPage } from '../features/stage/pages/ModerationPage';
import { MyBoothsPage } from '../features/editor/pages/MyBoothsPage';
import { NotFoundPage } from '../shared/ui/NotFoundPage';
import { PrivacyPage } from '../features/legal/pages/PrivacyPage';
import { ProgrammePage } from '../features/stage/pages/ProgrammePage';
import { ReviewPage } from '../features/review/pages/ReviewPage';
import { RouteErrorPage } from './layout/RouteErrorPage';
import { SpeakerViewPage } from '../features/stage/pages/SpeakerViewPage';
import { StagePage } from '../features/stage/pages/StagePage';
import { StartPage } from '../features/start/pages/StartPage';
import { TalkEditPage } from '../features/stage/pages/TalkEditPage';
import { TalkModerationPage } from '../features/stage/pages/TalkModerationPage';
import { TalkPage } from '../features/stage/pages/TalkPage';

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
          {
            path: 'buehne/:key',
            element: <StagePage chat={(channel, heading) => <ChatPanel channel={channel} heading={heading} />} />,
          },
          { path: 'agenda', element: <AgendaPage /> },
          { path: 'archiv/:day', element: <ArchivePage /> },
          { path: 'moderation', element: <ModerationPage /> },
          { path: 'moderation/vortrag/:id', element: <TalkModerationPage /> },
          { path: 'moderation/vortrag/:id/referierende', element: <SpeakerViewPage /> },
          { path: 'halle', element: <HallPage /> },
          { path: 'stand/:slug', element: <BoothPage chat={(slug) => <BoothChat slug={slug} />} /> },
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
          { path: 'barrierefreiheit', element: <AccessibilityPage /> },
          { path: 'auth/callback', element: <AuthCallbackPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
