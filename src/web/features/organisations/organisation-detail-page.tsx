import { Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { OrganisationActions } from './organisation-actions.tsx';
import { OrganisationDescription } from './organisation-description.tsx';
import { OrganisationFacts } from './organisation-facts.tsx';
import { OrganisationItems } from './organisation-items.tsx';
import { OrganisationPeople } from './organisation-people.tsx';
import { useOrganisation } from './organisations-api.ts';

export function OrganisationDetailPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(key);
  usePageTitle(organisation.data?.name ?? t('organisations.list.title'));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/organisations" fz="sm">
        {t('organisations.detail.back')}
      </Anchor>
      <QueryState query={organisation}>{(org) => <OrganisationView organisation={org} />}</QueryState>
    </Stack>
  );
}

function OrganisationView({ organisation }: { organisation: Organisation }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {organisation.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`organisations.kinds.${organisation.kind}`, { defaultValue: organisation.kind })}</Badge>
            <Text c="gray.7">
              {organisation.city.name} ({organisation.city.country})
            </Text>
          </Group>
        </Stack>
        <OrganisationActions organisation={organisation} />
      </Group>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <section aria-labelledby="org-description">
              <Title order={2} size="h3" id="org-description" mb="sm">
                {t('organisations.detail.about')}
              </Title>
              <OrganisationDescription description={organisation.description} />
            </section>
            <section aria-labelledby="org-offers">
              <Title order={2} size="h3" id="org-offers" mb="sm">
                {t('organisations.detail.offers')}
              </Title>
              <OrganisationItems items={organisation.offers} emptyText={t('organisations.detail.noOffers')} />
            </section>
            <section aria-labelledby="org-requests">
              <Title order={2} size="h3" id="org-requests" mb="sm">
                {t('organisations.detail.requests')}
              </Title>
              <OrganisationItems items={organisation.requests} emptyText={t('organisations.detail.noRequests')} />
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="org-facts">
              <Title order={2} size="h4" id="org-facts" mb="sm">
                {t('organisations.detail.facts')}
              </Title>
              <OrganisationFacts organisation={organisation} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="org-people">
              <Title order={2} size="h4" id="org-people" mb="sm">
                {t('organisations.detail.people')}
              </Title>
              <OrganisationPeople people={organisation.people} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Text fz="sm" c="gray.7">
        {organisation.updatedBy
          ? t('organisations.detail.lastChangedBy', {
              date: formatDate(organisation.updatedAt, uiLanguage(i18n)),
              name: organisation.updatedBy.displayName,
            })
          : t('organisations.detail.lastChanged', { date: formatDate(organisation.updatedAt, uiLanguage(i18n)) })}
      </Text>
    </Stack>
  );
}
