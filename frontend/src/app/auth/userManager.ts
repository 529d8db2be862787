import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { OidcSettings } from '../../shared/api';

/**
 * Both the session (tokens) and the short-lived login state live in sessionStorage only,
 * as promised in the privacy statement; nothing of the login survives closing the tab.
 */
export function createUserManager(settings: OidcSettings, origin: string, storage: Storage = window.sessionStorage) {
  const store = new WebStorageStateStore({ store: storage });
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: store,
    stateStore: store,
  });
}

/** Where to go after the login: only paths of this app, never another site ("//evil.example"). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value.startsWith('/auth/callback') ? '/' : value;
}

export interface LoginState {
  returnTo: string;
  /** A sign-in without a login form (prompt=none) that may come back with "login_required". */
  silent?: boolean;
}

/**
 * A new tab starts without tokens (they live in the tab's sessionStorage). Whether the browser had a
 * login is kept as a bare flag, no token and no name, in localStorage: with it a new tab signs in
 * silently once (prompt=none: back at once, logged in if the Keycloak session is still there).
 */
export const LOGIN_HINT_KEY = 'kommunalmesse.hadLogin';
const SILENT_TRIED_KEY = 'kommunalmesse.silentTried';

export function rememberLogin(storage: Storage = window.localStorage): void {
  storage.setItem(LOGIN_HINT_KEY, '1');
}

export function forgetLogin(storage: Storage = window.localStorage): void {
  storage.removeItem(LOGIN_HINT_KEY);
}

/**
 * Whether this tab should try a silent sign-in now: the browser had a login, this tab has tried none
 * yet (so a failed one never loops) and is not just coming back from Keycloak. Marks the try.
 */
export function shouldTrySilentLogin(
  pathname: string,
  local: Storage = window.localStorage,
  session: Storage = window.sessionStorage,
): boolean {
  if (pathname.startsWith('/auth/') || local.getItem(LOGIN_HINT_KEY) !== '1' || session.getItem(SILENT_TRIED_KEY)) {
    return false;
  }
  session.setItem(SILENT_TRIED_KEY, '1');
  return true;
}
