import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserRequest, User } from '../../../features/users/users.schemas.ts';
import { apiDelete, apiGet, apiPut } from '../../lib/api-client.ts';

export const userKeys = { list: ['users', 'list'] as const };

export function useUsers() {
  return useQuery({ queryKey: userKeys.list, queryFn: () => apiGet<{ items: User[] }>('/api/users'), select: (d) => d.items });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => apiPut<User>(`/api/users/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list }),
  });
}

/** Erases an account and its personal data (administrators; not undoable). */
export function useEraseUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<{ ok: true; erased: true }>(`/api/users/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.list }),
  });
}
