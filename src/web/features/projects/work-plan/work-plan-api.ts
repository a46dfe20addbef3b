import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Project } from '../../../../features/projects/projects.schemas.ts';
import type {
  CreateIndicatorRequest,
  CreateMilestoneRequest,
  CreateWorkPackageRequest,
  Milestone,
  MilestoneList,
  ProjectDocument,
  ProjectIndicator,
  ProjectTimelineEntry,
  UpdateIndicatorRequest,
  UpdateMilestoneRequest,
  UpdateWorkPackageRequest,
  WorkPackage,
} from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client.ts';

export const workPlanKeys = {
  all: (projectId: string) => ['projects', projectId, 'work-plan'] as const,
  part: (projectId: string, part: string) => ['projects', projectId, 'work-plan', part] as const,
};

const base = (projectId: string) => `/api/projects/${projectId}`;

/** The project itself, for its consortium (the owners a work plan may name). */
export function useProjectForWorkPlan(projectId: string) {
  return useQuery({ queryKey: ['projects', 'detail', projectId], queryFn: () => apiGet<Project>(base(projectId)) });
}

export const useWorkPackages = (projectId: string) =>
  useQuery({
    queryKey: workPlanKeys.part(projectId, 'work-packages'),
    queryFn: () => apiGet<{ workPackages: WorkPackage[] }>(`${base(projectId)}/work-packages`).then((r) => r.workPackages),
  });

export const useMilestones = (projectId: string) =>
  useQuery({ queryKey: workPlanKeys.part(projectId, 'milestones'), queryFn: () => apiGet<MilestoneList>(`${base(projectId)}/milestones`) });

export const useIndicators = (projectId: string) =>
  useQuery({
    queryKey: workPlanKeys.part(projectId, 'indicators'),
    queryFn: () => apiGet<{ indicators: ProjectIndicator[] }>(`${base(projectId)}/indicators`).then((r) => r.indicators),
  });

export const useProjectDocuments = (projectId: string) =>
  useQuery({
    queryKey: workPlanKeys.part(projectId, 'documents'),
    queryFn: () => apiGet<{ documents: ProjectDocument[] }>(`${base(projectId)}/documents`).then((r) => r.documents),
  });

export const useProjectTimeline = (projectId: string) =>
  useQuery({
    queryKey: workPlanKeys.part(projectId, 'timeline'),
    queryFn: () => apiGet<{ entries: ProjectTimelineEntry[] }>(`${base(projectId)}/timeline`).then((r) => r.entries),
  });

/**
 * Any change to the plan can move progress, late flags and the timelines (the project's and
 * the partnership's), so the whole work plan and the partnership pages are read again.
 */
function useWorkPlanMutation<TArgs, TResult>(projectId: string, fn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: workPlanKeys.all(projectId) }), queryClient.invalidateQueries({ queryKey: ['partnerships'] })]),
  });
}

export const useSaveWorkPackage = (projectId: string, id: string | null) =>
  useWorkPlanMutation(projectId, (body: CreateWorkPackageRequest | UpdateWorkPackageRequest) =>
    id ? apiPatch<WorkPackage>(`${base(projectId)}/work-packages/${id}`, body) : apiPost<WorkPackage>(`${base(projectId)}/work-packages`, body),
  );

export const useDeleteWorkPackage = (projectId: string) =>
  useWorkPlanMutation(projectId, (id: string) => apiDelete<void>(`${base(projectId)}/work-packages/${id}`));

export const useSaveMilestone = (projectId: string, id: string | null) =>
  useWorkPlanMutation(projectId, (body: CreateMilestoneRequest | UpdateMilestoneRequest) =>
    id ? apiPatch<Milestone>(`${base(projectId)}/milestones/${id}`, body) : apiPost<Milestone>(`${base(projectId)}/milestones`, body),
  );

export const useMarkMilestoneDone = (projectId: string) =>
  useWorkPlanMutation(projectId, ({ id, version, doneOn }: { id: string; version: number; doneOn: string }) =>
    apiPost<Milestone>(`${base(projectId)}/milestones/${id}/done`, { version, doneOn }),
  );

export const useDeleteMilestone = (projectId: string) => useWorkPlanMutation(projectId, (id: string) => apiDelete<void>(`${base(projectId)}/milestones/${id}`));

export const useSaveIndicator = (projectId: string, id: string | null) =>
  useWorkPlanMutation(projectId, (body: CreateIndicatorRequest | UpdateIndicatorRequest) =>
    id ? apiPatch<ProjectIndicator>(`${base(projectId)}/indicators/${id}`, body) : apiPost<ProjectIndicator>(`${base(projectId)}/indicators`, body),
  );

export const useDeleteIndicator = (projectId: string) => useWorkPlanMutation(projectId, (id: string) => apiDelete<void>(`${base(projectId)}/indicators/${id}`));

export const useUploadProjectDocument = (projectId: string) =>
  useWorkPlanMutation(projectId, ({ file, title }: { file: File; title: string }) => {
    const form = new FormData();
    // The title goes first, so the server has it before it reads the file.
    if (title.trim()) form.append('title', title.trim());
    form.append('file', file, file.name);
    return apiPost<ProjectDocument>(`${base(projectId)}/documents`, form);
  });

export const useDeleteProjectDocument = (projectId: string) =>
  useWorkPlanMutation(projectId, (id: string) => apiDelete<void>(`${base(projectId)}/documents/${id}`));

export const documentDownloadUrl = (projectId: string, documentId: string) => `${base(projectId)}/documents/${documentId}`;
