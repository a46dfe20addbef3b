import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddedSynonymView, AddSynonymRequest, TaxonomyView } from '../../../features/taxonomy/taxonomy.schemas.ts';
import { apiDelete, apiGet, apiPost } from '../../lib/api-client.ts';

// The same key the organisation editor reads concept labels under: a change here refreshes both.
const taxonomyKey = ['taxonomy'];

/** The whole taxonomy (public; about 80 concepts, one request). */
export function useTaxonomy() {
  return useQuery({ queryKey: taxonomyKey, queryFn: () => apiGet<TaxonomyView>('/api/taxonomy'), staleTime: 10 * 60_000 });
}

export function useAddSynonym() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ conceptKey, ...body }: AddSynonymRequest & { conceptKey: string }) =>
      apiPost<AddedSynonymView>(`/api/taxonomy/concepts/${encodeURIComponent(conceptKey)}/synonyms`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: taxonomyKey }),
  });
}

export function useDeleteSynonym() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<void>(`/api/taxonomy/synonyms/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: taxonomyKey }),
  });
}
