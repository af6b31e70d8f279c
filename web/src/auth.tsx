// Who is logged in: tokens live in the ApiClient (and localStorage), this context mirrors them.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client as defaultClient, jwtClaims, type ApiClient, type Tokens } from './api/client';
import { makeApi } from './api/endpoints';
import type { User } from './api/types';

export interface Auth {
  tokens: Tokens | null;
  user: User | null;
  isAdmin: boolean;
  login: (email: string, password: string) => Promise<void>;
  register: (r: { username: string; email: string; password: string; first_name: string; last_name?: string }) => Promise<void>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

export function AuthProvider({ children, client = defaultClient }: { children: ReactNode; client?: ApiClient }) {
  const api = useMemo(() => makeApi(client), [client]);
  const [tokens, setTokens] = useState<Tokens | null>(client.getTokens());
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => client.subscribe(setTokens), [client]);

  const userId = tokens?.userId ?? null;
  useEffect(() => {
    if (userId === null) {
      setUser(null);
      return;
    }
    const ctl = new AbortController();
    api.me(ctl.signal).then(setUser, () => undefined);
    return () => ctl.abort();
  }, [api, userId]);

  // keep the session alive: refresh a minute before the access token expires, even when idle
  useEffect(() => {
    if (!tokens) return;
    const wait = Math.max(5_000, tokens.expiresAt - Date.now() - 60_000);
    const timer = setTimeout(() => void client.refresh(), wait);
    return () => clearTimeout(timer);
  }, [client, tokens]);

  const login = useCallback(async (email: string, password: string) => {
    await client.login(email, password);
  }, [client]);

  const register = useCallback<Auth['register']>(async (r) => {
    await api.register(r);
    await client.login(r.email, r.password);
  }, [api, client]);

  const logout = useCallback(() => client.logout(), [client]);

  const role = String(jwtClaims(tokens?.access).role ?? user?.role ?? '').toUpperCase();
  const value = useMemo<Auth>(
    () => ({ tokens, user, isAdmin: role === 'ADMIN', login, register, logout }),
    [tokens, user, role, login, register, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
