import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { CurrentUser, SessionAbilities, SessionResponse } from '../../features/auth/auth.schemas.ts';
import { noAbilities } from './no-abilities.ts';
import { apiGet, apiPost, setCsrfToken } from './api-client.ts';

interface SessionValue {
  user: CurrentUser | null;
  /**
   * What the user may do outside any record (create a partnership, import, review…), answered by
   * the API's policies: show pages, menu entries and buttons by these, never by the role.
   * All false for the public and while the session loads.
   */
  can: SessionAbilities;
  loading: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** After accepting an invitation or resetting a password, the API answers with a new session. */
  adopt(session: SessionResponse): void;
}

const SessionContext = createContext<SessionValue | null>(null);
export const sessionQueryKey = ['session'];

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data, isPending } = useQuery({
    queryKey: sessionQueryKey,
    queryFn: async () => {
      const session = await apiGet<SessionResponse>('/api/auth/session');
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 5 * 60_000,
  });
  const adopt = (session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    queryClient.setQueryData(sessionQueryKey, session);
  };
  const value: SessionValue = {
    user: data?.user ?? null,
    can: data?.can ?? noAbilities,
    loading: isPending,
    adopt,
    async signIn(email, password) {
      const session = await apiPost<SessionResponse>('/api/auth/sign-in', { email, password });
      adopt(session);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
    async signOut() {
      await apiPost('/api/auth/sign-out');
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, { user: null, csrfToken: null, can: noAbilities });
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
