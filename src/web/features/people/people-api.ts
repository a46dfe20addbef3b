import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePersonRequest, Person, UpdatePersonRequest } from '../../../features/people/people.schemas.ts';
import { apiDelete, apiGet, apiPost, apiPut, query } from '../../lib/api-client.ts';

export interface PeopleListParams {
  cityId?: string;
  organisationId?: string;
  limit: number;
  offset: number;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (params: PeopleListParams) => ['people', 'list', params] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export function usePeopleList(params: PeopleListParams, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: () => apiGet<{ items: Person[]; total: number }>(`/api/people${query({ ...params })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => apiGet<Person>(`/api/people/${encodeURIComponent(id)}`) });
}

function useInvalidatePeople() {
  const queryClient = useQueryClient();
  // Organisation pages list their people, and the history gains an entry: refresh both.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: peopleKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' }),
      queryClient.invalidateQueries({ queryKey: ['organisations', 'detail'] }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (body: CreatePersonRequest) => apiPost<Person>('/api/people', body),
    onSuccess: () => invalidate(),
  });
}

export function useUpdatePerson(id: string) {
  const invalidate = useInvalidatePeople();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => apiPut<Person>(`/api/people/${id}`, body),
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(id), person);
      return invalidate();
    },
  });
}

export function useDeletePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (id: string) => apiDelete<void>(`/api/people/${id}`),
    onSuccess: () => invalidate(),
  });
}
