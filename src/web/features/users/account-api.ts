import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, PasswordChangedResponse, UpdateMeRequest, User } from '../../../features/users/users.schemas.ts';
import type { EraseMeRequest, ErasedResponse } from '../../../features/personal-data/personal-data.schemas.ts';
import type { PasswordResetComplete, PasswordResetRequest } from '../../../features/auth/password-reset.schemas.ts';
import { api, apiGet, apiPost, apiPut } from '../../lib/api-client.ts';
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
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => apiPost<PasswordChangedResponse>('/api/me/password', body) });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => apiPost<{ ok: true }>('/api/auth/password-reset/request', body),
  });
}

export function useCompletePasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetComplete) => apiPost<PasswordChangedResponse>('/api/auth/password-reset/complete', body),
  });
}

/** Where the browser downloads the caller's personal data (a plain link: the file is an attachment). */
export const MY_DATA_EXPORT_URL = '/api/me/export';

/**
 * Deletes the caller's account. The caller reloads everything afterwards (the session is gone):
 * reloading here would unmount the page before it could say that the account was deleted.
 */
export function useEraseMe() {
  return useMutation({ mutationFn: (body: EraseMeRequest) => api<ErasedResponse>('DELETE', '/api/me', body) });
}
