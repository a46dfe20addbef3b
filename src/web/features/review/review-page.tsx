import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReviewQueueItem as ReviewItem } from '../../../features/organisations/item-review.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { ApiError, isVersionConflict } from '../../lib/api-client.ts';
import { cityOptions } from '../../lib/city-options.ts';
import { errorMessage, hasFieldErrors } from '../../lib/form-errors.ts';
import { useCities } from '../../lib/lookups-api.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QUEUE_LIMIT, useApproveItem, useReturnItem, useReviewQueue } from './review-api.ts';
import { ReviewItemCard } from './review-item-card.tsx';

export function ReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('review.title'));
  return (
    <RequireAbility ability="reviewItems">
      <ReviewQueue />
    </RequireAbility>
  );
}

function ReviewQueue() {
  const { t } = useTranslation();
  const { can } = useSession();
  const anyCity = can.reviewItemsInAnyCity;
  const [params, setParams] = useSearchParams();
  const cityId = anyCity ? (params.get('city') ?? '') : '';
  const cities = useCities();
  const queue = useReviewQueue(cityId);
  const approve = useApproveItem();
  const sendBack = useReturnItem();
  const [conflict, setConflict] = useState(false);
  const title = (item: ReviewItem) => item.title || t('review.untitled');

  // A stale version opens the conflict dialog; an item someone else decided meanwhile just leaves the queue.
  function failed(error: unknown) {
    if (isVersionConflict(error)) setConflict(true);
    else if (error instanceof ApiError && (error.code === 'not_pending' || error.code === 'not_found')) {
      notifyError(t, t('review.alreadyDecided'));
      void queue.refetch();
    } else if (!hasFieldErrors(error)) notifyError(t, errorMessage(error, t), t('common.errors.title'));
  }

  // The decided item leaves the queue (refetched before this runs): the keyboard goes on with the next one.
  function decided(message: string, items: ReviewItem[], index: number) {
    notifySuccess(t, message);
    const next = items[index + 1] ?? items[index - 1];
    const target = (next && document.getElementById(`review-item-${next.id}`)) ?? document.getElementById('main');
    target?.focus();
  }

  return (
    <Stack gap="lg">
      <PageHeader title={t('review.title')} intro={anyCity ? t('review.introAdmin') : t('review.intro')} />
      {anyCity && (
        <NativeSelect
          label={t('review.city')}
          data={[{ value: '', label: t('review.allCities') }, ...cityOptions(cities.data ?? [])]}
          value={cityId}
          onChange={(e) => setParams(e.currentTarget.value ? { city: e.currentTarget.value } : {}, { replace: true })}
          maw={360}
        />
      )}
      <QueryState query={queue}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('review.empty')}>
              <Text c="gray.7">{t('review.emptyHint')}</Text>
            </EmptyState>
          ) : (
            <Stack gap="md">
              <Text role="status">{items.length >= QUEUE_LIMIT ? t('review.countMore', { n: QUEUE_LIMIT }) : t('review.count', { n: items.length })}</Text>
              {items.map((item, index) => (
                <ReviewItemCard
                  key={item.id}
                  item={item}
                  approving={approve.isPending && approve.variables?.id === item.id}
                  returning={sendBack.isPending && sendBack.variables?.id === item.id}
                  returnError={sendBack.variables?.id === item.id ? sendBack.error : null}
                  onApprove={() =>
                    approve.mutate(
                      { id: item.id, version: item.version },
                      { onSuccess: () => decided(t('review.approved', { title: title(item) }), items, index), onError: failed },
                    )
                  }
                  onReturn={(comment) =>
                    sendBack.mutate(
                      { id: item.id, version: item.version, comment },
                      { onSuccess: () => decided(t('review.returned', { title: title(item) }), items, index), onError: failed },
                    )
                  }
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
      <ConflictDialog
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => {
          setConflict(false);
          void queue.refetch();
        }}
      />
    </Stack>
  );
}
