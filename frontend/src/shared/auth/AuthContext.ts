import { createContext, useContext } from 'react';
import type { User, UserManager } from 'oidc-client-ts';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated' | 'unavailable';

export interface AuthState {
  status: AuthStatus;
  user: User | null;
  userManager: UserManager | null;
  login: () => Promise<void>;
  register: () => Promise<void>;
  logout: () => Promise<void>;
}

const noop = async () => {};

export const AuthContext = createContext<AuthState>({
  status: 'loading',
  user: null,
  userManager: null,
  login: noop,
  register: noop,
  logout: noop,
});

export function useAuth(): AuthState {
  return useContext(AuthContext);
}
