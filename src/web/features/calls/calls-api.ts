import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed, CreateFeedRequest, FollowedCall, RadarResponse } from '../../../features/call-radar/call-radar.schemas.ts';
import type { CallDetail, CallSummary } from '../../../features/calls/calls.schemas.ts';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import type { ProjectListResponse } from '../../../features/projects/projects.schemas.ts';
import { apiDelete, apiGet, apiPost, apiPut, query } from '../../lib/api-client.ts';

export interface CallList {
  items: CallSummary[];
  total: number;
  page: number;
  pageSize: number;
  programmes: { code: string; name: string | null; count: number }[];
}

export const callKeys = {
  all: ['calls'] as const,
  list: (params: Record<string, string | number | undefined>) => ['calls', 'list', params] as const,
  detail: (identifier: string) => ['calls', 'detail', identifier] as const,
  radar: (params: Record<string, string | number | undefined>) => ['calls', 'radar', params] as const,
  followed: ['calls', 'followed'] as const,
  feeds: ['calendar-feeds'] as const,
};

export function useCallList(params: Record<string, string | number | undefined>) {
  return useQuery({ queryKey: callKeys.list(params), queryFn: () => apiGet<CallList>(`/api/calls${query(params)}`), placeholderData: (prev) => prev });
}

export function useCall(identifier: string) {
  return useQuery({ queryKey: callKeys.detail(identifier), queryFn: () => apiGet<CallDetail>(`/api/calls/${encodeURIComponent(identifier)}`) });
}

export function useRadar(params: Record<string, string | number | undefined> | null) {
  return useQuery({
    queryKey: callKeys.radar(params ?? {}),
    queryFn: () => apiGet<RadarResponse>(`/api/calls/radar${query(params ?? {})}`),
    enabled: !!params,
  });
}

export function useFollowedCalls(enabled = true) {
  return useQuery({ queryKey: callKeys.followed, queryFn: async () => (await apiGet<{ items: FollowedCall[] }>('/api/calls/followed')).items, enabled });
}

export function usePartnerships() {
  return useQuery({
    queryKey: ['partnerships', 'list'],
    queryFn: async () => (await apiGet<{ items: PartnershipSummary[] }>('/api/partnerships')).items,
    staleTime: 5 * 60_000,
  });
}

/** The joint projects the caller may read, for the radar's project choice. */
export function useReadableProjects(enabled: boolean) {
  return useQuery({ queryKey: ['projects', 'radar-options'], queryFn: async () => (await apiGet<ProjectListResponse>('/api/projects')).items, enabled });
}

export function useFollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ identifier, partnershipId }: { identifier: string; partnershipId: string | null }) =>
      apiPut<FollowedCall>(`/api/calls/${encodeURIComponent(identifier)}/follow`, { partnershipId }),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.followed }),
  });
}

export function useUnfollow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (identifier: string) => apiDelete<null>(`/api/calls/${encodeURIComponent(identifier)}/follow`),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.followed }),
  });
}

export function useCalendarFeeds(enabled = true) {
  return useQuery({ queryKey: callKeys.feeds, queryFn: async () => (await apiGet<{ items: CalendarFeed[] }>('/api/calendar-feeds')).items, enabled });
}

export function useCreateFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedRequest) => apiPost<CalendarFeed & { url: string }>('/api/calendar-feeds', body),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.feeds }),
  });
}

export function useRevokeFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete<null>(`/api/calendar-feeds/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.feeds }),
  });
}
