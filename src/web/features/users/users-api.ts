import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserRequest, User } from '../../../features/users/users.schemas.ts';
import { apiGet, apiPut } from '../../lib/api-client.ts';

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
