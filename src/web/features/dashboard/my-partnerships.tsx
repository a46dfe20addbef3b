import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../features/auth/auth.schemas.ts';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { usePartnerships } from '../partnerships/partnerships-api.ts';
import { useDashboard } from './dashboard-api.ts';
import { PartnershipGrid } from './partnership-grid.tsx';

export function MyPartnerships({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.mine.title'));
  const dashboard = useDashboard(true);
  const all = usePartnerships();
  const { can } = useSession();
  const mine = new Set(dashboard.data?.items.map((p) => p.id) ?? []);
  // Administrators look after every partnership: the dashboard already lists them all.
  const coversAll = dashboard.data?.covers === 'all';

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('dashboard.mine.title')}</Title>
          <Text c="gray.7">
            {t('dashboard.mine.greeting', { name: user.displayName })} {coversAll ? t('dashboard.mine.adminIntro') : t('dashboard.mine.intro')}
          </Text>
        </Stack>
        {can.createPartnership && (
          <Button component={Link} to="/partnerships/new">
            {t('partnerships.create.action')}
          </Button>
        )}
      </Group>
      <section aria-labelledby="mine-heading">
        <Title order={2} id="mine-heading" fz="h3" mb="sm">
          {coversAll ? t('dashboard.mine.sectionTitleAll') : t('dashboard.mine.sectionTitle')}
        </Title>
        <QueryState query={dashboard}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title={t('dashboard.mine.emptyTitle')}>
                <Text c="gray.7" maw={520}>
                  {t('dashboard.mine.emptyBody')}
                </Text>
              </EmptyState>
            ) : (
              <PartnershipGrid items={items} />
            )
          }
        </QueryState>
      </section>
      {dashboard.isSuccess && !coversAll && (
        <QueryState query={all}>
          {(items) => {
            const others = items.filter((p) => !mine.has(p.id));
            return others.length === 0 ? null : (
              <section aria-labelledby="others-heading">
                <Title order={2} id="others-heading" fz="h3" mb="sm">
                  {t('dashboard.others.title')}
                </Title>
                <PartnershipGrid items={others} />
              </section>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}
