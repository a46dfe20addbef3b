import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import { CityNames } from '../../components/city-names.tsx';
import { PartnershipBadges } from '../../components/partnership-badges.tsx';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { LatestEvents } from './latest-events.tsx';
import { PartnershipCounts } from './partnership-counts.tsx';

export function PartnershipCard({ partnership }: { partnership: PartnershipSummary }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (
    <Card withBorder padding="lg" radius="md" component="article" data-testid="partnership-card">
      <Stack gap="sm">
        <Title order={3} fz="h4">
          <Anchor component={Link} to={`/partnerships/${partnership.key}`} c="indigo.9">
            {partnership.name}
          </Anchor>
        </Title>
        <CityNames cities={partnership.cities} fz="sm" />
        <Group gap="xs" justify="space-between">
          <PartnershipBadges kind={partnership.kind} status={partnership.status} />
          {partnership.since && (
            <Text fz="xs" c="gray.7">
              {t('partnerships.header.since', { date: formatDate(partnership.since, lang) })}
            </Text>
          )}
        </Group>
        <ThemeBadges themes={partnership.themes} />
        <Divider />
        <PartnershipCounts counts={partnership.counts} />
        <LatestEvents events={partnership.latestEvents} />
      </Stack>
    </Card>
  );
}
