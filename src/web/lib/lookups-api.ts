import { useQuery } from '@tanstack/react-query';
import type { CitySummary } from '../../features/cities/cities.schemas.ts';
import type { OrganisationSummary } from '../../features/organisations/organisations.schemas.ts';
import type { Theme } from '../../features/themes/themes.schemas.ts';
import { apiGet, query } from './api-client.ts';

// Reference data that many pages show or offer in selects: the cities, the theme catalogue and
// the organisations of a city. It changes rarely, so it is kept fresh for longer than the default.
const LONG = 5 * 60_000;

export function useCities() {
  return useQuery({
    queryKey: ['cities', 'list'],
    queryFn: async () => (await apiGet<{ items: CitySummary[] }>('/api/cities')).items,
    staleTime: LONG,
  });
}

export function useThemes() {
  return useQuery({ queryKey: ['themes'], queryFn: () => apiGet<Theme[]>('/api/themes'), staleTime: LONG });
}

/** Up to 200 organisations (of one city, if given), for selects. */
export function useOrganisationOptions(cityId?: string | null, enabled = true) {
  return useQuery({
    queryKey: ['organisations', 'options', cityId ?? ''],
    queryFn: () => apiGet<{ items: OrganisationSummary[]; total: number }>(`/api/organisations${query({ cityId, limit: 200 })}`),
    select: (data) => data.items,
    staleTime: LONG,
    enabled,
  });
}
