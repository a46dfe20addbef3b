import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { CallImportRun } from '../../../features/calls/calls.schemas.ts';
import { apiGet, apiPost } from '../../lib/api-client.ts';
import { callKeys } from './calls-api.ts';

const runsKey = ['calls', 'imports'] as const;

const pending = (runs: CallImportRun[] | undefined) => (runs ?? []).some((r) => r.outcome === 'queued' || r.outcome === 'running');

/**
 * The last runs. While a sync is queued or running (a server process carries it out in the
 * background) they are read again every few seconds, and the calls once it has finished.
 */
export function useCallImportRuns() {
  const client = useQueryClient();
  const runs = useQuery({
    queryKey: runsKey,
    queryFn: async () => (await apiGet<{ items: CallImportRun[] }>('/api/calls/imports')).items,
    refetchInterval: (query) => (pending(query.state.data) ? 3_000 : false),
  });
  const wasPending = useRef(false);
  const isPending = pending(runs.data);
  useEffect(() => {
    if (wasPending.current && !isPending) void client.invalidateQueries({ queryKey: callKeys.all });
    wasPending.current = isPending;
  }, [isPending, client]);
  return { ...runs, syncPending: isPending };
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
