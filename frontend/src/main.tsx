import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { configureApi } from './shared/api';
import { App, createQueryClient } from './app/App';
import { currentLanguage, i18n, initI18n, languageLoaded } from './i18n';
import { awaitingFullTheme, fetchFullTheme, loadFullTheme, setKoliBriLanguage, startKoliBri } from './app/kolibri';
import { routes } from './app/routes';
import '@kolicons/style.css';

const RELOADED_AT_KEY = 'kommunalmesse.reloadedForRelease';
import './app/styles.css';

/** Loads the page again, once a minute at most (so that a page that keeps failing does not loop). */
function reloadOnce(): boolean {
  const last = Number(window.sessionStorage.getItem(RELOADED_AT_KEY));
  if (Date.now() - last <= 60_000) return false;
  window.sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()));
  window.location.reload();
  return true;
}
// A page of the last release (from the service worker's copy) may ask for a file this release no longer has
window.addEventListener('vite:preloadError', (event) => {
  if (reloadOnce()) event.preventDefault();
});
// The service worker showed its copy of the page and then found the page changed (public/sw.js)
navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
  if (event.data?.type === 'page-changed') reloadOnce();
});

// Every page but the start page waits for the rest of KoliBri's theme (app/kolibri.ts): fetch it now, beside
// the texts and KoliBri's start, not only once the router asks for the page
if (window.location.pathname !== '/') void fetchFullTheme();

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
    // A revisit opens from the service worker's copy of the page (public/sw.js); not in development
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      void navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('No service worker', error));
    }
    // The other components' styles come after the first page, not before it.
    setTimeout(() => void loadFullTheme(currentLanguage()).catch((error: unknown) => console.error(error)), 0);
  });
