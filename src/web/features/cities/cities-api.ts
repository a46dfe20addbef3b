import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { City, UpdateCityRequest } from '../../../features/cities/cities.schemas.ts';
import { apiGet, apiPut } from '../../lib/api-client.ts';

export function useCity(idOrKey: string) {
  return useQuery({
    queryKey: ['cities', 'detail', idOrKey],
    queryFn: () => apiGet<City>(`/api/cities/${encodeURIComponent(idOrKey)}`),
  });
}

export function useUpdateCity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCityRequest) => apiPut<City>(`/api/cities/${id}`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cities'] }),
        // Partnership pages show the coordinating offices of their cities.
        queryClient.invalidateQueries({ queryKey: ['partnerships'] }),
        queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
        queryClient.invalidateQueries({ queryKey: ['history'] }),
      ]),
  });
}
