import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddConsortiumPartnerRequest,
  MoveProjectStageRequest,
  PartnerSuggestionsResponse,
  Project,
  ProjectListResponse,
  StartProjectRequest,
  UpdateConsortiumPartnerRequest,
  UpdateProjectRequest,
} from '../../../features/projects/projects.schemas.ts';
import { apiDelete, apiGet, apiPatch, apiPost, query } from '../../lib/api-client.ts';

export type ProjectStage = Project['stage'];
export const projectStages: readonly ProjectStage[] = ['idea', 'consortium', 'drafting', 'submitted', 'funded', 'rejected', 'running', 'completed'];
export const consortiumRoles = ['coordinator', 'partner', 'associated'] as const;

export const projectKeys = {
  all: ['projects'] as const,
  list: (params: Record<string, string>) => ['projects', 'list', params] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  suggestions: (id: string, lang: string) => ['projects', 'suggestions', id, lang] as const,
};

export function useProjects(params: { partnership?: string; stage?: string }) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => !!v)) as Record<string, string>;
  return useQuery({ queryKey: projectKeys.list(clean), queryFn: () => apiGet<ProjectListResponse>(`/api/projects${query(clean)}`) });
}

/** The list's filters as a CSV download (the API cuts it at 1,000 and says so in a header). */
export const projectsExportHref = (params: { partnership?: string; stage?: string; separator: string }) => `/api/projects/export.csv${query({ ...params })}`;

export function useProject(id: string) {
  return useQuery({ queryKey: projectKeys.detail(id), queryFn: () => apiGet<Project>(`/api/projects/${id}`) });
}

export function usePartnerSuggestions(id: string, lang: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.suggestions(id, lang),
    queryFn: () => apiGet<PartnerSuggestionsResponse>(`/api/projects/${id}/partner-suggestions${query({ lang, limit: 8 })}`),
    enabled,
  });
}

/** The call's title for the start form (the calls feature owns the full record). */
export function useCallTitle(identifier: string | null) {
  return useQuery({
    queryKey: ['calls', 'detail', identifier ?? ''],
    queryFn: () => apiGet<{ identifier: string; title: string }>(`/api/calls/${encodeURIComponent(identifier ?? '')}`),
    enabled: !!identifier,
    retry: false,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (result: Project) => {
    queryClient.setQueryData(projectKeys.detail(result.id), result);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: projectKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
      // Work plan sections and timelines read the consortium and the stage.
      queryClient.invalidateQueries({ queryKey: ['project-work-plan'] }),
    ]);
  };
}

export function useStartProject() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: StartProjectRequest) => apiPost<Project>('/api/projects', body), onSuccess: (r) => refresh(r) });
}

export function useUpdateProject(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: UpdateProjectRequest) => apiPatch<Project>(`/api/projects/${id}`, body), onSuccess: (r) => refresh(r) });
}

export function useMoveStage(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: MoveProjectStageRequest) => apiPost<Project>(`/api/projects/${id}/stage`, body), onSuccess: (r) => refresh(r) });
}

export function useAddPartner(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AddConsortiumPartnerRequest) => apiPost<Project>(`/api/projects/${id}/partners`, body),
    onSuccess: (r) => refresh(r),
  });
}

export function useUpdatePartner(id: string, partnerId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateConsortiumPartnerRequest) => apiPatch<Project>(`/api/projects/${id}/partners/${partnerId}`, body),
    onSuccess: (r) => refresh(r),
  });
}

export function useRemovePartner(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ partnerId, version }: { partnerId: string; version: number }) =>
      apiDelete<Project>(`/api/projects/${id}/partners/${partnerId}${query({ version })}`),
    onSuccess: (r) => refresh(r),
  });
}

export interface PartnerValues {
  organisation: string;
  role: (typeof consortiumRoles)[number];
  budget: number;
  ownContribution: number;
  note: string | null;
}

/** Adds (partnerId null) or edits a consortium member: one mutation for the versioned form. */
export function useSavePartner(id: string, partnerId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ values, version }: { values: PartnerValues; version: number | undefined }) => {
      const { organisation, ...rest } = values;
      return partnerId
        ? apiPatch<Project>(`/api/projects/${id}/partners/${partnerId}`, { version, ...rest })
        : apiPost<Project>(`/api/projects/${id}/partners`, { organisation, ...rest });
    },
    onSuccess: (r) => refresh(r),
  });
}
