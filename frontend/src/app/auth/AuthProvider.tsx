import { useQuery } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, configureApi } from '../../shared/api';
import { AuthContext, type AuthState, type AuthStatus } from '../../shared/auth/AuthContext';
import { forgetLogin, isCertainlyAnonymous, shouldTrySilentLogin } from './loginHint';
import type { LoginState } from './userManager';

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

function isUsable(user: User | null): user is User {
  return user !== null && !user.expired;
}

/** Loads the OIDC settings from /api/config, keeps the user and hands the token to the API client. */
export function AuthProvider({ children }: { children: ReactNode }) {
  // A tab that will surely be anonymous needs the login settings and library only when the visitor logs in
  // or registers: a first visit does not load them (/api/config and about 15 kB of JavaScript on a slow line)
  const [wanted, setWanted] = useState(() => !isCertainlyAnonymous(window.location.pathname));
  const config = useQuery({
    queryKey: ['config'],
    queryFn: ({ signal }) => api.config({ signal }),
    staleTime: Infinity,
    enabled: wanted,
  });
  const [user, setUserState] = useState<User | null>(null);
  const [userManager, setUserManager] = useState<UserManager | null>(null);
  // A tab that will surely be anonymous is so from the start: its pages read at once instead of waiting for
  // /api/config and the login library's chunk (a booth page on a slow line showed 1 s later)
  const [ready, setReady] = useState(() => isCertainlyAnonymous(window.location.pathname));
  // "Anmelden" clicked before the login library has loaded (or, in such a tab, was asked for) waits for it
  const [managerLoaded] = useState(() => {
    let resolve: (manager: UserManager) => void = () => {};
    const promise = new Promise<UserManager>((r) => (resolve = r));
    return { promise, resolve };
  });

  // The token reaches the API client in the same step as the state, so that no query started by
  // the re-render can go out without it.
  const setUser = useCallback((next: User | null) => {
    configureApi({ getAccessToken: () => (isUsable(next) ? next.access_token : undefined) });
    setUserState(next);
  }, []);

  useEffect(() => {
    if (!config.data) return;
    const settings = config.data.oidc;
    let active = true;
    let release = () => {};
    // oidc-client-ts comes in its own chunk after the first page is on screen: no page waits for it.
    import('./userManager')
      .then(({ createUserManager }) => {
        if (!active) return;
        const manager = createUserManager(settings, window.location.origin);
        setUserManager(manager);
        managerLoaded.resolve(manager);
        const onLoaded = (loaded: User) => {
          if (active) setUser(loaded);
        };
        const onUnloaded = () => {
          if (active) setUser(null);
        };
        manager.events.addUserLoaded(onLoaded);
        manager.events.addUserUnloaded(onUnloaded);
        manager.events.addUserSignedOut(onUnloaded);
        manager.events.addSilentRenewError(() => {
          // The refresh token is gone (e.g. Keycloak session ended): continue as a visitor.
          void manager.removeUser();
        });
        release = () => {
          manager.events.removeUserLoaded(onLoaded);
          manager.events.removeUserUnloaded(onUnloaded);
          manager.events.removeUserSignedOut(onUnloaded);
          manager.stopSilentRenew();
        };
        return manager.getUser().then(async (stored) => {
          if (!active) return;
          if (!isUsable(stored) && shouldTrySilentLogin(window.location.pathname)) {
            const state: LoginState = { returnTo: currentPath(), silent: true };
            await manager.signinRedirect({ state, prompt: 'none' });
            return;
          }
          setUser(isUsable(stored) ? stored : null);
        });
      })
      .catch(() => {
        // Without the login library (chunk not loadable) the visitor goes on anonymously.
      })
      .finally(() => {
        if (active) setReady(true);
      });
    return () => {
      active = false;
      release();
    };
  }, [config.data, setUser, managerLoaded]);

  const value = useMemo<AuthState>(() => {
    let status: AuthStatus = 'loading';
    if (config.isError) status = 'unavailable';
    else if (ready) status = isUsable(user) ? 'authenticated' : 'anonymous';
    return {
      status,
      user: isUsable(user) ? user : null,
      userManager,
      login: async () => {
        setWanted(true);
        const state: LoginState = { returnTo: currentPath() };
        await (userManager ?? (await managerLoaded.promise)).signinRedirect({ state });
      },
      register: async () => {
        setWanted(true);
        // Keycloak 26 shows its registration form for prompt=create.
        const state: LoginState = { returnTo: currentPath() };
        await (userManager ?? (await managerLoaded.promise)).signinRedirect({ state, prompt: 'create' });
      },
      logout: async () => {
        forgetLogin();
        await userManager?.signoutRedirect();
      },
    };
  }, [config.isError, ready, user, userManager, managerLoaded]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
