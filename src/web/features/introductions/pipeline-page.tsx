import { Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { introductionStages, introductionStatuses } from '../../../features/introductions/introductions.schemas.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { useCities } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { IntroductionList } from './introduction-list.tsx';
import { usePipeline } from './introductions-api.ts';

/** Coordinators: every introduction touching their city, counted by status and follow-up step, with filters in the URL. */
export function PipelinePage() {
  const { t } = useTranslation();
  usePageTitle(t('introductions.pipeline.title'));
  return (
    <RequireAbility ability="seeIntroductionPipeline">
      <Pipeline />
    </RequireAbility>
  );
}

function Pipeline() {
  const { t } = useTranslation();
  const { can } = useSession();
  const anyCity = can.seeIntroductionPipelineOfAnyCity;
  const cities = useCities();
  const [params, setParams] = useSearchParams();
  const filters = { cityId: anyCity ? (params.get('city') ?? '') : '', status: params.get('status') ?? '', stage: params.get('stage') ?? '' };
  const pipeline = usePipeline(filters);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('introductions.pipeline.title')} intro={t('introductions.pipeline.intro')} />
      <QueryState query={pipeline}>
        {(data) => (
          <Stack gap="lg">
            <section aria-label={t('introductions.pipeline.figures')}>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" style={{ margin: 0 }}>
                {introductionStatuses.map((s) => (
                  <Paper key={s} withBorder p="sm" radius="md">
                    <Text component="dt" fz="sm" c="gray.7">
                      {t(`introductions.status.${s}`)}
                    </Text>
                    <Text component="dd" fz="xl" fw={700} m={0}>
                      {data.counts.status[s]}
                    </Text>
                  </Paper>
                ))}
                {introductionStages.map((s) => (
                  <Paper key={s} withBorder p="sm" radius="md">
                    <Text component="dt" fz="sm" c="gray.7">
                      {t(`introductions.stage.${s}`)}
                    </Text>
                    <Text component="dd" fz="xl" fw={700} m={0}>
                      {data.counts.stage[s]}
                    </Text>
                  </Paper>
                ))}
              </SimpleGrid>
            </section>
            <Group gap="sm" wrap="wrap" align="flex-end">
              {anyCity && (
                <NativeSelect
                  label={t('introductions.pipeline.city')}
                  data={[{ value: '', label: t('introductions.pipeline.allCities') }, ...cityOptions(cities.data ?? [])]}
                  value={filters.cityId}
                  onChange={(e) => set('city', e.currentTarget.value)}
                />
              )}
              <NativeSelect
                label={t('introductions.pipeline.status')}
                data={[
                  { value: '', label: t('introductions.pipeline.any') },
                  ...introductionStatuses.map((s) => ({ value: s, label: t(`introductions.status.${s}`) })),
                ]}
                value={filters.status}
                onChange={(e) => set('status', e.currentTarget.value)}
              />
              <NativeSelect
                label={t('introductions.pipeline.stage')}
                data={[
                  { value: '', label: t('introductions.pipeline.any') },
                  ...introductionStages.map((s) => ({ value: s, label: t(`introductions.stage.${s}`) })),
                ]}
                value={filters.stage}
                onChange={(e) => set('stage', e.currentTarget.value)}
              />
            </Group>
            <Text role="status">{t('introductions.pipeline.shown', { n: data.items.length, total: data.counts.total })}</Text>
            {data.items.length ? <IntroductionList items={data.items} /> : <EmptyState title={t('introductions.pipeline.empty')} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
