import type { RouteObject } from 'react-router';
import { AppLayout } from './features/layout/AppLayout';
import { AccessibilityPage } from './pages/AccessibilityPage';
import { AuthCallbackPage } from './pages/AuthCallbackPage';
import { BoothPage } from './pages/BoothPage';
import { HallPage } from './pages/HallPage';
import { ImprintPage } from './pages/ImprintPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { StartPage } from './pages/StartPage';

/** German paths: they are what visitors see and share. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'halle', element: <HallPage /> },
          { path: 'stand/:slug', element: <BoothPage /> },
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
