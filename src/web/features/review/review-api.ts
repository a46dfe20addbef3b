import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewItem, ReviewQueueItem } from '../../../features/organisations/item-review.schemas.ts';
import { apiGet, apiPost, query } from '../../lib/api-client.ts';

/** The queue answers at most this many items; the nav badge says "200+" when it is full. */
export const QUEUE_LIMIT = 200;

export const reviewKeys = {
  all: ['review-queue'] as const,
  queue: (cityId: string) => ['review-queue', cityId] as const,
};

/** Offers and requests waiting for review: the coordinator's city, or (admins) all cities or one. */
export function useReviewQueue(cityId: string, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.queue(cityId),
    queryFn: () => apiGet<{ items: ReviewQueueItem[] }>(`/api/review-queue${query({ cityId, limit: QUEUE_LIMIT })}`),
    select: (data) => data.items,
    enabled,
    // Other coordinators decide too: a queue shown after a minute away is read again.
    staleTime: 60_000,
  });
}

function useAfterDecision() {
  const queryClient = useQueryClient();
  // A decision changes what the organisation page and search show, and adds a history entry.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['organisations'] }),
      queryClient.invalidateQueries({ queryKey: ['search'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
}

export interface Decision {
  id: string;
  version: number;
}

export function useApproveItem() {
  const after = useAfterDecision();
  return useMutation({
    mutationFn: ({ id, version }: Decision) => apiPost<ReviewItem>(`/api/organisation-items/${id}/approve`, { version }),
    onSuccess: () => after(),
  });
}

export function useReturnItem() {
  const after = useAfterDecision();
  return useMutation({
    mutationFn: ({ id, version, comment }: Decision & { comment: string }) => apiPost<ReviewItem>(`/api/organisation-items/${id}/return`, { version, comment }),
    onSuccess: () => after(),
  });
}
