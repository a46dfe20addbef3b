import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '../../../features/organisations/organisations.schemas.ts';
import { ThemeBadges } from '../../components/theme-badges.tsx';

export function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/organisations/${organisation.key}`} inherit>
              {organisation.name}
            </Anchor>
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`organisations.kinds.${organisation.kind}`, { defaultValue: organisation.kind })}
          </Badge>
        </Group>
        <Text fz="sm" c="gray.7">
          {organisation.city.name} ({organisation.city.country})
        </Text>
        <ThemeBadges themes={organisation.themes} max={4} variant="outline" />
      </Stack>
    </Card>
  );
}
