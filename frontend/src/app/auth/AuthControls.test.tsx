import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '../../test/render';
import { AuthContext, type AuthState } from '../../shared/auth/AuthContext';
import { AuthControls } from './AuthControls';

function renderWith(state: Partial<AuthState>) {
  const value: AuthState = {
    status: 'anonymous',
    user: null,
    userManager: null,
    login: vi.fn(),
    register: vi.fn(),
    logout: vi.fn(),
    ...state,
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <AuthContext.Provider value={value}>
        <MemoryRouter>
          <AuthControls />
        </MemoryRouter>
      </AuthContext.Provider>
    </QueryClientProvider>,
  );
}

describe('AuthControls', () => {
  it('offers login and registration to visitors', () => {
    const { container } = renderWith({ status: 'anonymous' });
    const labels = [...container.querySelectorAll('kol-button')].map((b) => b.getAttribute('_label'));
    expect(labels).toEqual(['Anmelden', 'Registrieren']);
  });

  it('shows the name from /api/me and a logout button when logged in', async () => {
    const fetchMock = mockFetch((url) =>
      url.pathname === '/api/me'
        ? { body: { username: 'besucher', name: 'Bea Sucher', email: 'b@example.org', organisation: 'Stadt Musterhausen', roles: ['visitor'] } }
        : undefined,
    );
    const user = new User({
      access_token: 'token',
      token_type: 'Bearer',
      profile: { sub: '1', iss: 'x', aud: 'spa', exp: 0, iat: 0, preferred_username: 'besucher' },
      expires_at: Math.floor(Date.now() / 1000) + 300,
    });

    const { container } = renderWith({ status: 'authenticated', user });

    await waitFor(() => expect(container.textContent).toContain('Bea Sucher'));
    expect(container.textContent).toContain('Angemeldet als');
    expect(container.querySelector('kol-button')?.getAttribute('_label')).toBe('Abmelden');
    expect(container.querySelector('kol-link[_label="Meine Daten"]')).not.toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('tells when the login service cannot be configured', () => {
    const { container } = renderWith({ status: 'unavailable' });
    expect(container.textContent).toContain('Die Anmeldung ist gerade nicht verfügbar.');
    expect(container.querySelector('kol-button')).toBeNull();
  });
});
