import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { configureApi } from './shared/api';
import { App, createQueryClient } from './app/App';
import { currentLanguage, i18n, initI18n, languageLoaded } from './i18n';
import { awaitingFullTheme, loadFullTheme, setKoliBriLanguage, startKoliBri } from './app/kolibri';
import { routes } from './app/routes';
import '@kolicons/style.css';
import './app/styles.css';

initI18n();
configureApi({ getLanguage: () => currentLanguage() });
i18n.on('languageChanged', () => void setKoliBriLanguage(currentLanguage()));

Promise.all([startKoliBri(currentLanguage()), languageLoaded()])
  .catch((error: unknown) => console.error('KoliBri or the texts could not be loaded', error))
  .finally(() => {
    const router = createBrowserRouter(awaitingFullTheme(routes, currentLanguage));
    const root = document.getElementById('root')!;
    // index.html's frame goes in the same task as the app's first render draws its own: no empty frame between
    root.replaceChildren();
    createRoot(root).render(
      <StrictMode>
        <App router={router} queryClient={createQueryClient()} />
      </StrictMode>,
    );
    // A visit of the platform, once per page load (the dashboard's unique visitors per day, docs/insights.md)
    // (its own small chunk, after the first page)
    void import('./shared/visits').then(({ reportVisit }) => reportVisit(null));
    // The other components' styles come after the first page, not before it.
    setTimeout(() => void loadFullTheme(currentLanguage()).catch((error: unknown) => console.error(error)), 0);
  });
