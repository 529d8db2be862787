import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { useContext } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, requestedPaths } from '../../test/render';
import { AuthContext, type AuthState } from '../../shared/auth/AuthContext';
import { AuthProvider } from './AuthProvider';
import { LOGIN_HINT_KEY } from './loginHint';

const signinRedirect = vi.fn(async () => {});
const createUserManager = vi.fn(() => ({
  signinRedirect,
  getUser: async () => null,
  stopSilentRenew: () => {},
  events: {
    addUserLoaded: () => {}, addUserUnloaded: () => {}, addUserSignedOut: () => {}, addSilentRenewError: () => {},
    removeUserLoaded: () => {}, removeUserUnloaded: () => {}, removeUserSignedOut: () => {},
  },
}));
vi.mock('./userManager', () => ({ createUserManager: (...args: unknown[]) => createUserManager(...(args as [])) }));

const CONFIG = { oidc: { authServerUrl: 'http://localhost:8180/realms/kommunalmesse', clientId: 'kommunalmesse-web' } };

function renderProvider() {
  const seen: { state: AuthState | null } = { state: null };
  function Probe() {
    seen.state = useContext(AuthContext);
    return <p>{seen.state?.status}</p>;
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rendered = render(
    <QueryClientProvider client={client}>
      <AuthProvider>
        <Probe />
      </AuthProvider>
    </QueryClientProvider>,
  );
  return { ...rendered, seen };
}

describe('AuthProvider', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
    createUserManager.mockClear();
    signinRedirect.mockClear();
  });
  afterEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('loads neither the login settings nor the library in a tab that is surely anonymous, until "Anmelden"', async () => {
    const fetch = mockFetch((url) => (url.pathname === '/api/config' ? { body: CONFIG } : undefined));
    const { container, seen } = renderProvider();
    expect(container.textContent).toBe('anonymous');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestedPaths(fetch)).toEqual([]);
    expect(createUserManager).not.toHaveBeenCalled();

    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = seen.state!.login();
    });
    await waitFor(() => expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } }));
    await done;
    expect(requestedPaths(fetch)).toEqual(['/api/config']);
    expect(createUserManager).toHaveBeenCalledTimes(1);
  });

  it('reads the login settings at once in a browser that had a login (a silent sign-in may follow)', async () => {
    window.localStorage.setItem(LOGIN_HINT_KEY, '1');
    const fetch = mockFetch((url) => (url.pathname === '/api/config' ? { body: CONFIG } : undefined));
    const { container } = renderProvider();
    expect(container.textContent).toBe('loading');
    await waitFor(() => expect(requestedPaths(fetch)).toEqual(['/api/config']));
    await waitFor(() => expect(createUserManager).toHaveBeenCalledTimes(1));
  });
});
