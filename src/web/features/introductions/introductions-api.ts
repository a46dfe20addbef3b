import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateIntroductionRequest, Introduction, IntroductionList, IntroductionPipeline } from '../../../features/introductions/introductions.schemas.ts';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { apiGet, apiPost, query } from '../../lib/api-client.ts';

export type Box = 'inbox' | 'sent' | 'all';
export type IntroductionStage = NonNullable<Introduction['stage']>;

export const introductionKeys = {
  all: ['introductions'] as const,
  list: (box: Box) => ['introductions', 'list', box] as const,
  detail: (id: string) => ['introductions', 'detail', id] as const,
  pipeline: (params: Record<string, string>) => ['introductions', 'pipeline', params] as const,
};

export function useIntroductionList(box: Box, enabled = true) {
  return useQuery({
    queryKey: introductionKeys.list(box),
    queryFn: () => apiGet<IntroductionList>(`/api/introductions${query({ box, limit: 100 })}`),
    enabled,
    // Answers arrive from the partner city: a list shown after half a minute away is read again.
    staleTime: 30_000,
  });
}

export function useIntroduction(id: string) {
  return useQuery({ queryKey: introductionKeys.detail(id), queryFn: () => apiGet<Introduction>(`/api/introductions/${id}`) });
}

export function usePipeline(params: { cityId?: string; status?: string; stage?: string }) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => !!v)) as Record<string, string>;
  return useQuery({
    queryKey: introductionKeys.pipeline(clean),
    queryFn: () => apiGet<IntroductionPipeline>(`/api/introductions/pipeline${query(clean)}`),
  });
}

/** An organisation by key or id, for the names on the new-introduction form. */
export function useOrganisationByKey(idOrKey: string | null) {
  return useQuery({
    queryKey: ['organisations', 'detail', idOrKey ?? ''],
    queryFn: () => apiGet<Organisation>(`/api/organisations/${encodeURIComponent(idOrKey ?? '')}`),
    enabled: !!idOrKey,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (result?: Introduction) => {
    if (result) queryClient.setQueryData(introductionKeys.detail(result.id), result);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: introductionKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
      // An accepted introduction is a new tie in the network view.
      queryClient.invalidateQueries({ queryKey: ['network'] }),
    ]);
  };
}

export function useCreateIntroduction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateIntroductionRequest) => apiPost<Introduction>('/api/introductions', body),
    onSuccess: (result) => refresh(result),
  });
}

type Action = { id: string; version: number } & (
  { action: 'accept' | 'withdraw' } | { action: 'decline'; reason: string | null } | { action: 'stage'; stage: IntroductionStage; on?: string }
);

export function useIntroductionAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, action, ...body }: Action) => apiPost<Introduction>(`/api/introductions/${id}/${action}`, body),
    onSuccess: (result) => refresh(result),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<null>(`/api/introductions/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: introductionKeys.all, predicate: (q) => q.queryKey[1] === 'list' }),
  });
}
