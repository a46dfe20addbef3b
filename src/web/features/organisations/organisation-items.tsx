import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationItem } from '../../../features/organisations/organisations.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { languageLabel } from '../../lib/intl-names.ts';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

const statusColour = { draft: 'gray', 'pending-review': 'yellow', returned: 'red', approved: 'green' } as const;

/** Offers or requests of an organisation, each as a card under a level-3 heading. */
export function OrganisationItems({ items, emptyText }: { items: OrganisationItem[]; emptyText: string }) {
  const { t, i18n } = useTranslation();
  if (!items.length) return <Text c="gray.7">{emptyText}</Text>;
  return (
    <Stack gap="sm">
      {items.map((item, i) => {
        // The API decides expiry (in its time zone) and shows non-approved items to editors only.
        const expired = item.expired;
        return (
          <Card key={i} withBorder padding="md" component="article" lang={item.lang ?? undefined}>
            <Stack gap="xs">
              <Group gap="xs">
                {item.status !== 'approved' && (
                  <StatusBadge color={statusColour[item.status]}>{t(`organisations.items.status.${item.status}`)}</StatusBadge>
                )}
                {item.category && (
                  <Badge variant="light">{t(`organisations.categories.${item.category}`, { defaultValue: item.category })}</Badge>
                )}
                {item.lang && (
                  <Badge variant="outline" color="gray.7" tt="none" lang={uiLanguage(i18n)}>
                    {languageLabel(item.lang, uiLanguage(i18n))}
                  </Badge>
                )}
              </Group>
              <Title order={3} size="h5">
                {item.title || t('organisations.items.untitled')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{item.text}</Text>
              {item.status === 'returned' && item.reviewComment && (
                <Text fz="sm" c="gray.9" lang={uiLanguage(i18n)}>
                  {t('organisations.items.reviewComment', { comment: item.reviewComment })}
                </Text>
              )}
              <ThemeBadges themes={item.themes} variant="outline" />
              {item.validUntil && (
                <Text fz="sm" c={expired ? 'red.9' : 'gray.7'} lang={uiLanguage(i18n)}>
                  {expired
                    ? t('organisations.items.expired', { date: formatDate(item.validUntil, uiLanguage(i18n)) })
                    : t('organisations.items.validUntil', { date: formatDate(item.validUntil, uiLanguage(i18n)) })}
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
