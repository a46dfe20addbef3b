import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutboxMail } from '../../../features/mail/mail.schemas.ts';
import { apiGet, query } from '../../lib/api-client.ts';

export function useOutbox(status: string) {
  return useQuery({
    queryKey: ['outbox', status],
    queryFn: () => apiGet<{ items: OutboxMail[]; smtpConfigured: boolean }>(`/api/admin/outbox${query({ status, limit: 200 })}`),
    placeholderData: keepPreviousData,
  });
}
