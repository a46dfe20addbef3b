import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRequest, MatchesResponse, QualityReport } from '../../../features/matching/matching.schemas.ts';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { apiGet, apiPost, query } from '../../lib/api-client.ts';

export const matchingKeys = {
  all: ['matching'] as const,
  matches: (organisation: string, lang: string) => ['matching', 'matches', organisation, lang] as const,
  reader: (organisation: string) => ['matching', 'reader', organisation] as const,
  quality: (city: string) => ['matching', 'quality', city] as const,
};

/** Partner suggestions, with the reasons written in the interface language. */
export function useMatches(organisation: string, lang: string) {
  return useQuery({
    queryKey: matchingKeys.matches(organisation, lang),
    queryFn: () => apiGet<MatchesResponse>(`/api/organisations/${encodeURIComponent(organisation)}/matches${query({ limit: 10, lang })}`),
    select: (data) => data.items,
  });
}

/** The organisation the suggestions are for (name, city, offers and requests). */
export function useReader(organisation: string) {
  return useQuery({
    queryKey: matchingKeys.reader(organisation),
    queryFn: () => apiGet<Organisation>(`/api/organisations/${encodeURIComponent(organisation)}`),
  });
}

export function useGiveFeedback(organisation: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FeedbackRequest) => apiPost(`/api/organisations/${encodeURIComponent(organisation)}/matches/feedback`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['matching', 'quality'] }),
  });
}

export function useQualityReport(city: string) {
  return useQuery({
    queryKey: matchingKeys.quality(city),
    queryFn: () => apiGet<QualityReport>(`/api/matching/quality${query({ city: city || undefined })}`),
  });
}
