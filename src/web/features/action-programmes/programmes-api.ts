import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateFieldRequest,
  CreateGoalRequest,
  CreateMeasureRequest,
  CreateProgrammeRequest,
  Programme,
  ProgrammeField,
  ProgrammeGoal,
  ProgrammeList,
  ProgrammeMeasure,
  UpdateFieldRequest,
  UpdateGoalRequest,
  UpdateMeasureRequest,
  UpdateProgrammeRequest,
} from '../../../features/action-programmes/action-programmes.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { apiDelete, apiGet, apiPost, apiPut } from '../../lib/api-client.ts';

export const programmeKeys = {
  all: ['programmes'] as const,
  list: (partnership: string) => ['programmes', 'list', partnership] as const,
  detail: (idOrKey: string) => ['programmes', 'detail', idOrKey] as const,
};

const enc = encodeURIComponent;

/** The programmes of a partnership (by id or key), the current period first as the API sorts them. */
export const useProgrammes = (partnership: string) =>
  useQuery({ queryKey: programmeKeys.list(partnership), queryFn: () => apiGet<ProgrammeList>(`/api/partnerships/${enc(partnership)}/programmes`) });

/** One programme with its fields, goals and measures and their roll-ups. */
export const useProgramme = (idOrKey: string) =>
  useQuery({ queryKey: programmeKeys.detail(idOrKey), queryFn: () => apiGet<Programme>(`/api/programmes/${enc(idOrKey)}`) });

/** The partnership a programme belongs to: its cities are where measures have responsibles. */
export const usePartnershipOfProgramme = (idOrKey: string | undefined) =>
  useQuery({
    queryKey: ['partnerships', 'detail', idOrKey ?? ''],
    queryFn: () => apiGet<Partnership>(`/api/partnerships/${enc(idOrKey ?? '')}`),
    enabled: !!idOrKey,
  });

/**
 * A change to any part moves the roll-ups of everything above it (goal, field, programme, the
 * list's figures), so every programme query is read again, and the partnership's pages too.
 */
function useProgrammeMutation<TArgs, TResult>(fn: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: programmeKeys.all }), queryClient.invalidateQueries({ queryKey: ['history'] })]),
  });
}

export const useCreateProgramme = (partnershipId: string) =>
  useProgrammeMutation((body: CreateProgrammeRequest) => apiPost<Programme>(`/api/partnerships/${enc(partnershipId)}/programmes`, body));

export const useSaveProgramme = (programmeId: string) =>
  useProgrammeMutation((body: UpdateProgrammeRequest) => apiPut<Programme>(`/api/programmes/${programmeId}`, body));

export const useDeleteProgramme = () => useProgrammeMutation((id: string) => apiDelete<void>(`/api/programmes/${id}`));

export const useAddField = (programmeId: string) =>
  useProgrammeMutation((body: CreateFieldRequest) => apiPost<ProgrammeField>(`/api/programmes/${programmeId}/fields`, body));

/** Saves a field of action's description with the version it was loaded at. */
export const useSaveField = (fieldId: string) =>
  useProgrammeMutation((body: Omit<UpdateFieldRequest, 'version'> & { version?: number }) => apiPut<ProgrammeField>(`/api/programme-fields/${fieldId}`, body));

export const useDeleteField = () => useProgrammeMutation((id: string) => apiDelete<void>(`/api/programme-fields/${id}`));

/** Adds a goal to a field (goal id null) or saves an existing goal. */
export const useSaveGoal = (fieldId: string, goalId: string | null) =>
  useProgrammeMutation((body: CreateGoalRequest | UpdateGoalRequest) =>
    goalId ? apiPut<ProgrammeGoal>(`/api/programme-goals/${goalId}`, body) : apiPost<ProgrammeGoal>(`/api/programme-fields/${fieldId}/goals`, body),
  );

export const useDeleteGoal = () => useProgrammeMutation((id: string) => apiDelete<void>(`/api/programme-goals/${id}`));

/** Adds a measure to a goal (measure id null) or saves an existing measure. */
export const useSaveMeasure = (goalId: string, measureId: string | null) =>
  useProgrammeMutation((body: CreateMeasureRequest | UpdateMeasureRequest) =>
    measureId
      ? apiPut<ProgrammeMeasure>(`/api/programme-measures/${measureId}`, body)
      : apiPost<ProgrammeMeasure>(`/api/programme-goals/${goalId}/measures`, body),
  );

export const useDeleteMeasure = () => useProgrammeMutation((id: string) => apiDelete<void>(`/api/programme-measures/${id}`));

/** Every measure of a programme, in the page's order (fields, goals, measures). */
export const measuresOf = (programme: Programme): ProgrammeMeasure[] => programme.fields.flatMap((f) => f.goals.flatMap((g) => g.measures));

/** Every goal of a programme. */
export const goalsOf = (programme: Programme): ProgrammeGoal[] => programme.fields.flatMap((f) => f.goals);
