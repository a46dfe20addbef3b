import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchHit, SearchResponse } from '../../../features/search/search.schemas.ts';
import { ApiError, apiGet, query } from '../../lib/api-client.ts';

/** A hit as the API returns it; people (without organisation) and SDGs come with people in search. */
export type Hit = Omit<SearchHit, 'type' | 'organisation'> & {
  type: SearchHit['type'] | 'person';
  organisation: SearchHit['organisation'] | null;
  sdgs?: number[];
};

export interface FacetBucket {
  value: string;
  label?: string;
  count: number;
}

/** The response, read generically: facet groups are shown for whatever dimensions it has. */
export type SearchResults = Omit<SearchResponse, 'items' | 'related' | 'facets'> & {
  items: Hit[];
  related: Hit[];
  facets: Record<string, FacetBucket[]>;
};

/** The parameters sent to GET /api/search (and, without paging, to the CSV export). */
export type SearchParams = Record<string, string | number | undefined>;

export function useSearchResults(params: SearchParams) {
  return useQuery({
    queryKey: ['search', params],
    queryFn: () => apiGet<SearchResults>(`/api/search${query(params)}`),
    // The previous results stay on screen while the next ones load: no flicker while typing.
    placeholderData: keepPreviousData,
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
}

export const exportHref = (params: SearchParams) => `/api/search/export.csv${query(params)}`;

type Labels = Partial<Record<'de' | 'ro' | 'en' | 'hu', string>>;
export interface TaxonomyLabels {
  concepts: { key: string; labels: Labels }[];
  sdgGoals: { goal: number; names: Labels }[];
}

/**
 * Names of concepts and SDGs for facets and results. A server without the taxonomy endpoint
 * answers 404: the page then shows the keys, and does not ask again.
 */
export function useTaxonomyLabels() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: async (): Promise<TaxonomyLabels> => {
      try {
        const data = await apiGet<Partial<TaxonomyLabels>>('/api/taxonomy');
        return { concepts: data.concepts ?? [], sdgGoals: data.sdgGoals ?? [] };
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return { concepts: [], sdgGoals: [] };
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}
