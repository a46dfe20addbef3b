import { useQuery } from '@tanstack/react-query';
import type { Dashboard } from '../../../features/partnerships/partnerships.schemas.ts';
import { apiGet } from '../../lib/api-client.ts';

/** The caller's partnerships, and whether they look after all of them (the API decides). */
export function useDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: () => apiGet<Dashboard>('/api/dashboard'),
    enabled,
  });
}
