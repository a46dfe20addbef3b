import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CsvMapping } from '../../../features/csv-import/csv-fields.ts';
import type { CsvImport, CsvImportReport, CsvPreview } from '../../../features/csv-import/csv-imports.schemas.ts';
import { apiGet, apiPost, apiPut, query } from '../../lib/api-client.ts';

const key = (id?: string) => ['csv-imports', ...(id ? [id] : [])];
const busy = (job?: CsvImport) => job?.state === 'queued' || job?.state === 'running';

export function useCsvImports() {
  return useQuery({ queryKey: key(), queryFn: async () => (await apiGet<{ items: CsvImport[] }>('/api/csv-imports')).items });
}

/** The import, polled every second while it is queued or running (the worker runs it in the background). */
export function useCsvImport(id: string) {
  return useQuery({
    queryKey: key(id),
    queryFn: () => apiGet<CsvImport>(`/api/csv-imports/${id}`),
    refetchInterval: (q) => (busy(q.state.data) ? 1000 : false),
  });
}

export function useCsvPreview(id: string, version: number | undefined) {
  return useQuery({
    queryKey: [...key(id), 'preview', version],
    queryFn: () => apiGet<CsvPreview>(`/api/csv-imports/${id}/preview`),
    enabled: version !== undefined,
  });
}

export function useCsvReport(id: string, job: CsvImport | undefined) {
  return useQuery({
    queryKey: [...key(id), 'report', job?.version],
    queryFn: () => apiGet<CsvImportReport>(`/api/csv-imports/${id}/report`),
    enabled: Boolean(job?.report),
  });
}

export function useUploadCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cityId, file }: { cityId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost<CsvImport>(`/api/csv-imports${query({ cityId })}`, form);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key() }),
  });
}

function useJobMutation<T>(id: string, fn: (input: T) => Promise<CsvImport>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (job) => {
      queryClient.setQueryData(key(id), job);
      return queryClient.invalidateQueries({ queryKey: key() });
    },
  });
}

export const useSetMapping = (id: string) =>
  useJobMutation(id, (input: { version: number; mapping: CsvMapping }) => apiPut<CsvImport>(`/api/csv-imports/${id}/mapping`, input));

export const useStartImport = (id: string) =>
  useJobMutation(id, (input: { version: number; mode: 'validate' | 'import'; skipInvalid: boolean }) =>
    apiPost<CsvImport>(`/api/csv-imports/${id}/start`, input),
  );
