import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { configureApi } from './shared/api';
import { App, createQueryClient } from './app/App';
import { currentLanguage, i18n, initI18n } from './i18n';
import { setKoliBriLanguage, startKoliBri } from './app/kolibri';
import { routes } from './app/routes';
import '@kolicons/style.css';
import './app/styles.css';

initI18n();
configureApi({ getLanguage: () => currentLanguage() });
i18n.on('languageChanged', () => void setKoliBriLanguage(currentLanguage()));

startKoliBri(currentLanguage())
  .catch((error: unknown) => console.error('KoliBri could not be registered', error))
  .finally(() => {
    const router = createBrowserRouter(routes);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App router={router} queryClient={createQueryClient()} />
      </StrictMode>,
    );
  });
