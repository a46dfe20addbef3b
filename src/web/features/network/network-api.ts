import { useQuery } from '@tanstack/react-query';
import type { PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import { apiGet, query } from '../../lib/api-client.ts';

/** The network of a partnership, filtered by theme and kind (public; ties only for its cities' users). */
export function useNetwork(key: string, filter: { theme: string; kind: string }) {
  return useQuery({
    queryKey: ['network', key, filter.theme, filter.kind],
    queryFn: () => apiGet<PartnershipNetwork>(`/api/partnerships/${encodeURIComponent(key)}/network${query({ theme: filter.theme, kind: filter.kind })}`),
    // Keep the previous picture on screen while a filter loads, so that the page does not jump.
    placeholderData: (previous) => previous,
  });
}
