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
