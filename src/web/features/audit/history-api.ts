import { useQuery } from '@tanstack/react-query';
import type { HistoryChange, HistoryEntry, HistoryValue } from '../../../features/audit/audit.schemas.ts';
import { apiGet } from '../../lib/api-client.ts';

export type { HistoryChange, HistoryEntry, HistoryValue };

export function useHistory(entityType: string, id: string) {
  return useQuery({
    queryKey: ['history', entityType, id],
    queryFn: () => apiGet<HistoryEntry[]>(`/api/history/${encodeURIComponent(entityType)}/${encodeURIComponent(id)}`),
  });
}
