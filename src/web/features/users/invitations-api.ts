import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../features/auth/auth.schemas.ts';
import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  CreatedInvitation,
  Invitation,
  InvitationLookup,
} from '../../../features/users/invitations.schemas.ts';
import { apiDelete, apiGet, apiPost, query } from '../../lib/api-client.ts';

export const invitationKeys = { list: ['invitations', 'list'] as const };

export function useInvitations() {
  return useQuery({
    queryKey: invitationKeys.list,
    queryFn: () => apiGet<{ items: Invitation[] }>('/api/invitations'),
    select: (d) => d.items,
  });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) => apiPost<CreatedInvitation>('/api/invitations', body),
    // The invitation mail lands in the outbox as well.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: invitationKeys.list }), queryClient.invalidateQueries({ queryKey: ['outbox'] })]),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<Invitation>(`/api/invitations/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.list }),
  });
}

/** Public: what an invitation link offers. Looked up once; a used link will not become valid. */
export function useInvitationLookup(token: string) {
  return useQuery({
    queryKey: ['invitations', 'lookup', token],
    queryFn: () => apiGet<InvitationLookup>(`/api/invitations/lookup${query({ token })}`),
    enabled: token.length >= 10,
    staleTime: Infinity,
    retry: false,
  });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: AcceptInvitationRequest) => apiPost<SessionResponse>('/api/invitations/accept', body),
  });
}
