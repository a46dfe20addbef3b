import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationItem } from '../../../features/organisations/organisations.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { itemExpiry, todayUtc } from './item-expiry.ts';

const statusColour = { draft: 'gray', 'pending-review': 'yellow', returned: 'red', approved: 'green' } as const;

interface Props {
  item: Pick<OrganisationItem, 'status' | 'reviewComment' | 'expired' | 'validUntil'>;
  /** Editors and coordinators see the review state and how long is left; readers see published items only. */
  insider: boolean;
}

/** An item's review state (with the coordinator's comment) and how long it still stands. */
export function ItemState({ item, insider }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  // The API decides expiry; the days left are counted the same way (UTC calendar days).
  const expiry = item.expired ? { state: 'expired' as const } : itemExpiry(item.validUntil, todayUtc());
  const date = item.validUntil ? formatDate(item.validUntil, lang) : '';
  let validity: string | null = null;
  if (item.validUntil) {
    if (expiry.state === 'expired') validity = t('organisations.items.expired', { date });
    else if (!insider || expiry.state === 'later') validity = t('organisations.items.validUntil', { date });
    else if (expiry.state === 'today') validity = t('organisations.items.endsToday', { date });
    else if (expiry.state === 'tomorrow') validity = t('organisations.items.endsTomorrow', { date });
    else if (expiry.state === 'soon') validity = t('organisations.items.expiresIn', { date, n: expiry.days });
  } else if (insider) validity = t('organisations.items.noEnd');
  const urgent = insider && expiry.state !== 'open' && expiry.state !== 'later';

  return (
    <Stack gap={4} lang={lang}>
      {insider && (
        <Group gap="xs">
          <StatusBadge color={statusColour[item.status]}>{t(`organisations.items.status.${item.status}`)}</StatusBadge>
          {expiry.state === 'expired' && <StatusBadge color="red">{t('organisations.items.expiredBadge')}</StatusBadge>}
        </Group>
      )}
      {insider && item.status === 'returned' && item.reviewComment && (
        <Text fz="sm" c="gray.9" fw={500} style={{ whiteSpace: 'pre-line' }}>
          {t('organisations.items.reviewComment', { comment: item.reviewComment })}
        </Text>
      )}
      {insider && item.status === 'returned' && (
        <Text fz="sm" c="gray.7">
          {t('organisations.items.returnedHint')}
        </Text>
      )}
      {validity && (
        <Text fz="sm" c={expiry.state === 'expired' ? 'red.9' : urgent ? 'gray.9' : 'gray.7'} fw={urgent ? 600 : undefined}>
          {validity}
        </Text>
      )}
    </Stack>
  );
}
