import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUEUE_LIMIT, useReviewQueue } from './review-api.ts';

/** How many items wait for the signed-in coordinator (or admin), beside the navigation entry. */
export function ReviewNavBadge() {
  const { t } = useTranslation();
  // The same query as the queue page without a city filter: one request serves both.
  const queue = useReviewQueue('');
  const n = queue.data?.length ?? 0;
  if (!n) return null;
  const shown = n >= QUEUE_LIMIT ? `${QUEUE_LIMIT}+` : String(n);
  return (
    <>
      <Badge size="sm" circle={n < 10} color="red.9" aria-hidden>
        {shown}
      </Badge>
      <VisuallyHidden>{t('review.navCount', { n: shown })}</VisuallyHidden>
    </>
  );
}
