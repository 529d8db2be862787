import { KolButton } from '@public-ui/react-v19';
import type { UserManager } from 'oidc-client-ts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../shared/auth/AuthContext';
import { forgetLogin, rememberLogin } from './loginHint';
import { safeReturnPath, type LoginState } from './userManager';
import { AppLink } from '../../shared/ui/AppLink';
import { PageHeading } from '../../shared/ui/PageHeading';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';

// The authorization code can be redeemed once only; React's StrictMode runs effects twice in
// development, so both runs share one promise per callback URL.
const pending = new Map<string, Promise<string>>();

function completeLogin(manager: UserManager, url: string): Promise<string> {
  let promise = pending.get(url);
  if (!promise) {
    promise = manager.signinRedirectCallback(url).then(
      (user) => {
        rememberLogin();
        return safeReturnPath((user.state as LoginState | undefined)?.returnTo);
      },
      (error: unknown) => {
        // A silent sign-in without a Keycloak session: back to the page, as a visitor
        const state = (error as { state?: LoginState } | null)?.state;
        if (state?.silent) {
          forgetLogin();
          return safeReturnPath(state.returnTo);
        }
        throw error;
      },
    );
    pending.set(url, promise);
  }
  return promise;
}

/** /auth/callback: Keycloak sends the browser here after the login. */
export function AuthCallbackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.callback.title'));
  const { userManager, status, login } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!userManager) return;
    let active = true;
    completeLogin(userManager, window.location.href)
      .then((returnTo) => active && navigate(returnTo, { replace: true }))
      .catch((error: unknown) => {
        console.error('Login callback failed', error);
        if (active) setFailed(true);
      });
    return () => {
      active = false;
    };
  }, [userManager, navigate]);

  return (
    <div className="page page--callback">
      <PageHeading>{t('auth.callback.title')}</PageHeading>
      {failed || status === 'unavailable' ? (
        <>
          <p role="alert">{t('auth.callback.failed')}</p>
          <div className="button-row">
            {status !== 'unavailable' && (
              <KolButton _label={t('auth.callback.retry')} _variant="primary" _on={{ onClick: () => void login() }} />
            )}
            <AppLink to="/" label={t('auth.callback.toStart')} />
          </div>
        </>
      ) : (
        <p role="status">{t('auth.callback.working')}</p>
      )}
    </div>
  );
}
