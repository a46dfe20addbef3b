import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SynonymSuggestionsView } from '../../../features/synonym-suggestions/synonym-suggestions.schemas.ts';
import type { AddedSynonymView, AddSynonymRequest, TaxonomyLanguage, TaxonomyView } from '../../../features/taxonomy/taxonomy.schemas.ts';
import { apiDelete, apiGet, apiPost, query } from '../../lib/api-client.ts';

// The same key the organisation editor reads concept labels under: a change here refreshes both.
const taxonomyKey = ['taxonomy'];

/** The whole taxonomy (public; about 80 concepts, one request). */
export function useTaxonomy() {
  return useQuery({ queryKey: taxonomyKey, queryFn: () => apiGet<TaxonomyView>('/api/taxonomy'), staleTime: 10 * 60_000 });
}

/**
 * Synonyms learned from the registry (administrators and coordinators). Under the taxonomy's key,
 * so that adding or removing a synonym refreshes them: a term the tagger now knows leaves the list.
 */
export function useSynonymSuggestions(lang: TaxonomyLanguage | '', enabled: boolean) {
  return useQuery({
    queryKey: [...taxonomyKey, 'synonym-suggestions', lang],
    queryFn: () => apiGet<SynonymSuggestionsView>(`/api/taxonomy/synonym-suggestions${query({ lang })}`),
    enabled,
    staleTime: 60_000,
  });
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
