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
