import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Activity,
  ActivityFollowUpRequest,
  ActivityList,
  ActivityParticipant,
  ActivityParticipants,
  MyActivities,
  AddParticipantRequest,
  CancelActivityRequest,
  CreateActivityRequest,
  ParticipationReport,
  RecordAttendanceRequest,
  RecordEncounterRequest,
  RegisterForActivityRequest,
  UpdateActivityRequest,
  UpdateParticipantRequest,
} from '../../../features/activities/activities.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { apiDelete, apiGet, apiPost, apiPut, query } from '../../lib/api-client.ts';

export type ActivityWhen = 'upcoming' | 'past' | 'all';

export const activityKeys = {
  all: ['activities'] as const,
  list: (partnership: string, params: Record<string, string>) => ['activities', 'list', partnership, params] as const,
  mine: ['activities', 'mine'] as const,
  detail: (id: string) => ['activities', 'detail', id] as const,
  participants: (id: string) => ['activities', 'participants', id] as const,
  report: (id: string) => ['activities', 'report', id] as const,
};

/** A partnership's activities: upcoming, past, or all within a range (the calendar's month). */
export function usePartnershipActivities(partnershipId: string, params: { when: ActivityWhen; from?: string; to?: string }) {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => !!v)) as Record<string, string>;
  return useQuery({
    queryKey: activityKeys.list(partnershipId, clean),
    queryFn: () => apiGet<ActivityList>(`/api/partnerships/${partnershipId}/activities${query(clean)}`),
    enabled: !!partnershipId,
  });
}

export function useMyActivities(enabled = true) {
  return useQuery({ queryKey: activityKeys.mine, queryFn: () => apiGet<MyActivities>('/api/me/activities'), enabled, retry: false });
}

export function useActivity(idOrKey: string) {
  return useQuery({ queryKey: activityKeys.detail(idOrKey), queryFn: () => apiGet<Activity>(`/api/activities/${encodeURIComponent(idOrKey)}`) });
}

export function useParticipants(id: string, enabled = true) {
  return useQuery({
    queryKey: activityKeys.participants(id),
    queryFn: () => apiGet<ActivityParticipants>(`/api/activities/${id}/participants`),
    // Others register and cancel meanwhile: an organiser opening the page sees the list as it is now.
    staleTime: 0,
    enabled,
  });
}

export function useParticipationReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: activityKeys.report(id),
    queryFn: () => apiGet<ParticipationReport>(`/api/activities/${id}/report`),
    staleTime: 0,
    enabled,
  });
}

export const activityCalendarHref = (id: string) => `/api/activities/${id}/calendar.ics`;
export const partnershipFeedHref = (partnershipId: string) => `/api/partnerships/${partnershipId}/activities.ics`;
export const signatureSheetHref = (id: string, lang: string, day: string) => `/api/activities/${id}/signature-sheet.pdf${query({ lang, day })}`;

/** After any change everything about activities may be stale: lists, the record, participants, report. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: activityKeys.all });
}

export function useCreateActivity(partnershipId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateActivityRequest) => apiPost<Activity>(`/api/partnerships/${partnershipId}/activities`, body),
    onSuccess: () => refresh(),
  });
}

export function useUpdateActivity(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: UpdateActivityRequest) => apiPut<Activity>(`/api/activities/${id}`, body), onSuccess: () => refresh() });
}

export function useCancelActivity(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: CancelActivityRequest) => apiPost<Activity>(`/api/activities/${id}/cancel`, body), onSuccess: () => refresh() });
}

export function useRegister(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RegisterForActivityRequest) => apiPost<ActivityParticipant>(`/api/activities/${id}/registration`, body),
    onSuccess: () => refresh(),
  });
}

export function useCancelRegistration(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => apiDelete<unknown>(`/api/activities/${id}/registration`), onSuccess: () => refresh() });
}

export function useAddParticipant(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AddParticipantRequest) => apiPost<ActivityParticipant>(`/api/activities/${id}/participants`, body),
    onSuccess: () => refresh(),
  });
}

/** Cancels a participation (the row is kept as cancelled; the first on the waiting list takes the place). */
export function useCancelParticipant() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (participantId: string) => apiDelete<ActivityParticipant>(`/api/activity-participants/${participantId}`),
    onSuccess: () => refresh(),
  });
}

/** Edits a participation with the version it was loaded at (a stale one is 409). */
export function useUpdateParticipant(participantId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Omit<UpdateParticipantRequest, 'version'> & { version?: number }) =>
      apiPut<ActivityParticipant>(`/api/activity-participants/${participantId}`, body),
    onSuccess: () => refresh(),
  });
}

/** Deletes an activity with its participants (no trace is kept; cancelling keeps it listed). */
export function useDeleteActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete<unknown>(`/api/activities/${id}`),
    // The record is gone: drop its queries rather than refetch them into a 404.
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: activityKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: activityKeys.all });
    },
  });
}

export function useRecordAttendance(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: RecordAttendanceRequest) => apiPost<unknown>(`/api/activities/${id}/attendance`, body), onSuccess: () => refresh() });
}

export function useSaveFollowUp(id: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: ActivityFollowUpRequest) => apiPut<Activity>(`/api/activities/${id}/follow-up`, body), onSuccess: () => refresh() });
}

export function useRecordEncounter(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordEncounterRequest) => apiPost<unknown>(`/api/activities/${id}/encounters`, body),
    // An encounter becomes an introduction at "met": the network and the introductions read it.
    onSuccess: () => Promise.all(['activities', 'introductions', 'network'].map((k) => queryClient.invalidateQueries({ queryKey: [k] }))),
  });
}

export function useRemoveEncounter() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (encounterId: string) => apiDelete<unknown>(`/api/activity-encounters/${encounterId}`), onSuccess: () => refresh() });
}

/** Plans a new activity (activityId null) or saves a change with the version it was loaded at: one mutation for the versioned form. */
export function useSaveActivity(partnershipId: string, activityId: string | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Omit<CreateActivityRequest, 'key'> & { version?: number }) =>
      activityId ? apiPut<Activity>(`/api/activities/${activityId}`, body) : apiPost<Activity>(`/api/partnerships/${partnershipId}/activities`, body),
    onSuccess: () => refresh(),
  });
}

/**
 * The partnership an activity belongs to (its cities for the plan form), under the partnerships
 * feature's own query key so that both pages share the record; read here rather than through that
 * feature's module, whose page links to this one.
 */
export function usePartnershipRecord(idOrKey: string) {
  return useQuery({
    queryKey: ['partnerships', 'detail', idOrKey],
    queryFn: () => apiGet<Partnership>(`/api/partnerships/${encodeURIComponent(idOrKey)}`),
    enabled: !!idOrKey,
  });
}
