// Kept apart from userManager.ts: the start page needs these few lines, not oidc-client-ts (its own chunk).

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

/**
 * Whether this tab will surely be anonymous once the login library has loaded: no tokens in the tab, no silent
 * sign-in to come (the browser had no login, or this tab tried one already) and not coming back from Keycloak.
 * Then pages need not wait for oidc-client-ts before their first reads (a visitor's first booth page on a slow
 * line). Reads only, unlike {@link shouldTrySilentLogin}.
 */
export function isCertainlyAnonymous(
  pathname: string,
  local: Storage = window.localStorage,
  session: Storage = window.sessionStorage,
): boolean {
  if (pathname.startsWith('/auth/')) return false;
  for (let i = 0; i < session.length; i++) {
    // oidc-client-ts keeps the user under "oidc.user:<authority>:<client>" (WebStorageStateStore's prefix)
    if (session.key(i)?.startsWith('oidc.user:')) return false;
  }
  return local.getItem(LOGIN_HINT_KEY) !== '1' || session.getItem(SILENT_TRIED_KEY) !== null;
}
