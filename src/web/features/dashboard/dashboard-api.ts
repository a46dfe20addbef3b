import { useQuery } from '@tanstack/react-query';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import { apiGet } from '../../lib/api-client.ts';

export function useDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await apiGet<{ items: PartnershipSummary[] }>('/api/dashboard')).items,
    enabled,
  });
}
