import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateTimelineEventRequest, TimelineEvent, UpdateTimelineEventRequest } from '../../../features/partnerships/timeline-events.schemas.ts';
import { apiDelete, apiPost, apiPut } from '../../lib/api-client.ts';
import { invalidatePartnershipData } from './partnerships-api.ts';

export function useSaveTimelineEvent(partnershipId: string, eventId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTimelineEventRequest | UpdateTimelineEventRequest) =>
      eventId ? apiPut<TimelineEvent>(`/api/timeline-events/${eventId}`, body) : apiPost<TimelineEvent>(`/api/partnerships/${partnershipId}/timeline`, body),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useDeleteTimelineEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => apiDelete<void>(`/api/timeline-events/${eventId}`),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}
