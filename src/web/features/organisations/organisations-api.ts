import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationItem,
  OrganisationSummary,
  UpdateOrganisationRequest,
} from '../../../features/organisations/organisations.schemas.ts';
import { apiDelete, apiGet, apiPost, apiPut, query } from '../../lib/api-client.ts';

export interface OrganisationListParams {
  cityId?: string;
  kind?: string;
  q?: string;
  limit: number;
  offset: number;
}

interface OrganisationListResponse {
  items: OrganisationSummary[];
  total: number;
}

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (params: OrganisationListParams) => ['organisations', 'list', params] as const,
  detail: (idOrKey: string) => ['organisations', 'detail', idOrKey] as const,
};

export function useOrganisationList(params: OrganisationListParams, enabled = true) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: () => apiGet<OrganisationListResponse>(`/api/organisations${query({ ...params })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(idOrKey: string | null | undefined) {
  return useQuery({
    queryKey: organisationKeys.detail(idOrKey ?? ''),
    queryFn: () => apiGet<Organisation>(`/api/organisations/${encodeURIComponent(idOrKey!)}`),
    enabled: !!idOrKey,
  });
}

function useInvalidateOrganisations() {
  const queryClient = useQueryClient();
  // People lists show organisation names, and the history gains an entry: refresh both.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
      // Items written by editors wait for review; approvals and renewals change search.
      queryClient.invalidateQueries({ queryKey: ['review-queue'] }),
      queryClient.invalidateQueries({ queryKey: ['search'] }),
    ]);
}

export function useCreateOrganisation() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: CreateOrganisationRequest) => apiPost<Organisation>('/api/organisations', body),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateOrganisation(id: string) {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (body: UpdateOrganisationRequest) => apiPut<Organisation>(`/api/organisations/${id}`, body),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<void>(`/api/organisations/${id}`),
    // The page showing the deleted record is still mounted: refetching it would only answer 404.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organisationKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}

/** One-click renewal of an offer or request (the API extends it by twelve months). */
export function useRenewItem() {
  const invalidate = useInvalidateOrganisations();
  return useMutation({
    mutationFn: (id: string) => apiPost<OrganisationItem>(`/api/organisation-items/${id}/renew`, {}),
    onSuccess: () => invalidate(),
  });
}
