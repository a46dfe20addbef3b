import { useQuery } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../features/audit/audit.schemas.ts';
import { apiGet } from '../../lib/api-client.ts';

export type { HistoryEntry };

export function useHistory(entityType: string, id: string) {
  return useQuery({
    queryKey: ['history', entityType, id],
    queryFn: () => apiGet<HistoryEntry[]>(`/api/history/${encodeURIComponent(entityType)}/${encodeURIComponent(id)}`),
  });
}
