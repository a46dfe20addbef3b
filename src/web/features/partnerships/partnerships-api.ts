import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  CreatePartnershipRequest,
  Partnership,
  PartnershipSummary,
  UpdatePartnershipRequest,
  UpdatePartnershipThemesRequest,
} from '../../../features/partnerships/partnerships.schemas.ts';
import { apiDelete, apiGet, apiPatch, apiPost, apiPut } from '../../lib/api-client.ts';

export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: () => ['partnerships', 'list'] as const,
  detail: (idOrKey: string) => ['partnerships', 'detail', idOrKey] as const,
};

/**
 * Anything hanging off a partnership (agreements, timeline, documents) changes what the lists,
 * the dashboard, the member cities and the record history show: refresh them all after a write.
 */
export function invalidatePartnershipData(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    queryClient.invalidateQueries({ queryKey: ['cities'] }),
    queryClient.invalidateQueries({ queryKey: ['history'] }),
  ]);
}

export function usePartnerships() {
  return useQuery({
    queryKey: partnershipKeys.list(),
    queryFn: async () => (await apiGet<{ items: PartnershipSummary[] }>('/api/partnerships')).items,
  });
}

export function usePartnership(idOrKey: string) {
  return useQuery({
    queryKey: partnershipKeys.detail(idOrKey),
    queryFn: () => apiGet<Partnership>(`/api/partnerships/${encodeURIComponent(idOrKey)}`),
  });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePartnershipRequest) => apiPost<Partnership>('/api/partnerships', body),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useUpdatePartnership(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePartnershipRequest) => apiPut<Partnership>(`/api/partnerships/${id}`, body),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useUpdatePartnershipThemes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePartnershipThemesRequest) => apiPatch<Partnership>(`/api/partnerships/${id}/themes`, body),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useDeletePartnership(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete<void>(`/api/partnerships/${id}`),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}
