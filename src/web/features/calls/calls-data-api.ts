import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallImportRun } from '../../../features/calls/calls.schemas.ts';
import { apiGet, apiPost } from '../../lib/api-client.ts';
import { callKeys } from './calls-api.ts';

const runsKey = ['calls', 'imports'] as const;

export function useCallImportRuns() {
  return useQuery({ queryKey: runsKey, queryFn: async () => (await apiGet<{ items: CallImportRun[] }>('/api/calls/imports')).items });
}

/** Sync now, or upload a file: either way the calls and the runs are read again afterwards. */
function useRunMutation<T>(fn: (input: T) => Promise<CallImportRun>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: runsKey }), client.invalidateQueries({ queryKey: callKeys.all })]),
  });
}

export const useSyncCalls = () => useRunMutation((_: void) => apiPost<CallImportRun>('/api/calls/sync'));

export const useUploadCalls = () =>
  useRunMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiPost<CallImportRun>('/api/calls/import', form);
  });
