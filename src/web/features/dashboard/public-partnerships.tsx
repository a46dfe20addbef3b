import { Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { usePartnerships } from '../partnerships/partnerships-api.ts';
import { PartnershipGrid } from './partnership-grid.tsx';

const pillars = ['partnerships', 'ecosystem', 'record'] as const;

export function PublicPartnerships() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.public.pageTitle'));
  const partnerships = usePartnerships();
  return (
    <Stack gap="xl">
      <Paper p={{ base: 'lg', sm: 'xl' }} radius="lg" bg="indigo.0">
        <Stack gap="md">
          <Title order={1} c="indigo.9">
            {t('dashboard.public.title')}
          </Title>
          <Text fz="lg" maw={720}>
            {t('dashboard.public.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {pillars.map((pillar, i) => (
              <Stack component="li" key={pillar} gap={4}>
                <ThemeIcon radius="xl" size="md" color="indigo.8" aria-hidden>
                  {i + 1}
                </ThemeIcon>
                <Text fw={650}>{t(`dashboard.public.pillars.${pillar}.title`)}</Text>
                <Text fz="sm">{t(`dashboard.public.pillars.${pillar}.body`)}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Stack>
      </Paper>
      <section aria-labelledby="public-list-heading">
        <Title order={2} id="public-list-heading" fz="h3" mb="sm">
          {t('dashboard.public.listTitle')}
        </Title>
        <QueryState query={partnerships}>
          {(items) => (items.length === 0 ? <EmptyState title={t('dashboard.public.empty')} /> : <PartnershipGrid items={items} />)}
        </QueryState>
      </section>
    </Stack>
  );
}
