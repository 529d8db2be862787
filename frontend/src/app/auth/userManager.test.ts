import { describe, expect, it } from 'vitest';
import { User } from 'oidc-client-ts';
import { forgetLogin, isCertainlyAnonymous, rememberLogin, shouldTrySilentLogin } from './loginHint';
import { createUserManager, safeReturnPath } from './userManager';

describe('OIDC user manager', () => {
  it('is configured from /api/config for code flow with PKCE and refresh', () => {
    const manager = createUserManager(
      { authority: 'http://localhost:8180/realms/kommunalmesse', clientId: 'kommunalmesse-spa' },
      'http://localhost:8080',
    );
    const s = manager.settings;
    expect(s.authority).toBe('http://localhost:8180/realms/kommunalmesse');
    expect(s.client_id).toBe('kommunalmesse-spa');
    expect(s.redirect_uri).toBe('http://localhost:8080/auth/callback');
    expect(s.post_logout_redirect_uri).toBe('http://localhost:8080/');
    expect(s.response_type).toBe('code');
    expect(s.scope).toBe('openid profile email');
    expect(s.automaticSilentRenew).toBe(true);
  });

  it('keeps the session in sessionStorage only', async () => {
    const manager = createUserManager({ authority: 'http://kc/realms/x', clientId: 'spa' }, 'http://app');
    await manager.settings.userStore.set('probe', 'value');
    expect(window.sessionStorage.getItem('oidc.probe')).toBe('value');
    expect(window.localStorage.length).toBe(0);
  });

  it('returns only to paths of this app after the login', () => {
    expect(safeReturnPath('/halle?topic=umwelt')).toBe('/halle?topic=umwelt');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=1')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });

  it('tries a silent sign-in once per tab, only where the browser had a login', () => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    expect(shouldTrySilentLogin('/stand/x')).toBe(false);

    rememberLogin();
    expect(window.localStorage.getItem('kommunalmesse.hadLogin')).toBe('1');
    expect(shouldTrySilentLogin('/auth/callback')).toBe(false);
    expect(shouldTrySilentLogin('/stand/x')).toBe(true);
    expect(shouldTrySilentLogin('/stand/x')).toBe(false);

    window.sessionStorage.clear(); // a new tab
    forgetLogin();
    expect(shouldTrySilentLogin('/stand/x')).toBe(false);
    window.localStorage.clear();
  });

  it('knows at once that a tab will be anonymous: no tokens in it and no silent sign-in to come', async () => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    expect(isCertainlyAnonymous('/stand/x')).toBe(true);
    expect(isCertainlyAnonymous('/auth/callback')).toBe(false);

    rememberLogin(); // the browser had a login: this tab will try a silent sign-in first
    expect(isCertainlyAnonymous('/stand/x')).toBe(false);
    expect(shouldTrySilentLogin('/stand/x')).toBe(true);
    expect(isCertainlyAnonymous('/stand/x')).toBe(true); // tried, and no tokens came back

    // Tokens stored the way the login library stores them
    const manager = createUserManager({ authority: 'http://kc/realms/x', clientId: 'spa' }, 'http://app');
    await manager.storeUser(new User({
      access_token: 'a', token_type: 'Bearer', profile: { sub: 'besucher', iss: 'x', aud: 'spa', exp: 0, iat: 0 },
    }));
    expect(isCertainlyAnonymous('/stand/x')).toBe(false);
    window.localStorage.clear();
    window.sessionStorage.clear();
  });
});
