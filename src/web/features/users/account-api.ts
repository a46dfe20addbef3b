import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, UpdateMeRequest, User } from '../../../features/users/users.schemas.ts';
import type { PasswordResetComplete, PasswordResetRequest } from '../../../features/auth/password-reset.schemas.ts';
import { apiGet, apiPost, apiPut } from '../../lib/api-client.ts';
import { sessionQueryKey } from '../../lib/session.tsx';

const meKey = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: () => apiGet<User>('/api/me') });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeRequest) => apiPut<User>('/api/me', body),
    onSuccess: (user) => {
      queryClient.setQueryData(meKey, user);
      // The header shows the display name from the session.
      return queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => apiPost<{ ok: true }>('/api/me/password', body) });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => apiPost<{ ok: true }>('/api/auth/password-reset/request', body),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetComplete) => apiPost<{ ok: true }>('/api/auth/password-reset/complete', body),
  });
}
