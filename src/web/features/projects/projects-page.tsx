import { Alert, Anchor, Box, Button, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ProjectSummary } from '../../../features/projects/projects.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { usePartnerships } from '../partnerships/partnerships-api.ts';
import { ProjectCard } from './project-card.tsx';
import { DEADLINE_TIME_ZONE } from '../../../shared/calendar-days.ts';
import { formatDay } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { formatEuro } from './project-format.ts';
import { projectsExportHref, projectStages, useProjects } from './projects-api.ts';
import { StageBadge } from './stage-badge.tsx';
import { csvSeparator } from '../../lib/csv-separator.ts';

/** /projects?view=board|list&partnership=&stage=: the pipeline of joint projects, filters in the URL. */
export function ProjectsPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.title'));
  return (
    <RequireRole>
      <ProjectsView />
    </RequireRole>
  );
}

function ProjectsView() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'board';
  const partnership = params.get('partnership') ?? '';
  const stage = params.get('stage') ?? '';
  const projects = useProjects({ partnership, stage });
  const partnerships = usePartnerships();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const mayStart = can.startProject;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('projects.title')}
        intro={t('projects.intro')}
        action={
          mayStart && (
            <Button component={Link} to="/projects/new">
              {t('projects.startProject')}
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('projects.view.label')}
          value={view}
          onChange={(v) => set('view', v === 'board' ? '' : v)}
          data={[
            { value: 'board', label: t('projects.view.board') },
            { value: 'list', label: t('projects.view.list') },
          ]}
        />
        <NativeSelect
          label={t('projects.filter.partnership')}
          value={partnership}
          onChange={(e) => set('partnership', e.currentTarget.value)}
          data={[{ value: '', label: t('projects.filter.allPartnerships') }, ...(partnerships.data ?? []).map((p) => ({ value: p.key, label: p.name }))]}
        />
        <NativeSelect
          label={t('projects.filter.stage')}
          value={stage}
          onChange={(e) => set('stage', e.currentTarget.value)}
          data={[{ value: '', label: t('projects.filter.allStages') }, ...projectStages.map((s) => ({ value: s, label: t(`projects.stage.${s}`) }))]}
        />
        <Button component="a" href={projectsExportHref({ partnership, stage, separator: csvSeparator(i18n.language) })} download variant="light">
          {t('projects.download')}
        </Button>
      </Group>
      <QueryState query={projects}>
        {(data) =>
          data.items.length === 0 && !stage ? (
            <EmptyState title={t('projects.empty')}>
              {mayStart && (
                <Anchor component={Link} to="/calls">
                  {t('projects.emptyHint')}
                </Anchor>
              )}
            </EmptyState>
          ) : (
            <Stack gap="sm">
              {data.total > data.items.length && (
                <Alert color="yellow" role="status">
                  {t('projects.truncated', { shown: data.items.length, total: data.total })}
                </Alert>
              )}
              {view === 'board' ? <Board items={data.items} counts={data.stageCounts} only={stage} /> : <List items={data.items} />}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Board({ items, counts, only }: { items: ProjectSummary[]; counts: Record<string, number>; only: string }) {
  const { t } = useTranslation();
  const stages = only ? projectStages.filter((s) => s === only) : projectStages;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      {stages.map((s) => (
        <Box component="section" key={s} aria-labelledby={`stage-${s}`} data-stage={s} p="xs" bg="gray.0" style={{ borderRadius: 8 }}>
          <Title order={2} fz="h4" id={`stage-${s}`} mb="xs">
            {t(`projects.stage.${s}`)} ({counts[s] ?? 0})
          </Title>
          <Stack gap="xs">
            {items
              .filter((p) => p.stage === s)
              .map((p) => (
                <ProjectCard key={p.id} project={p} />
              ))}
            {!items.some((p) => p.stage === s) && (
              <Text fz="sm" c="gray.7">
                {t('projects.board.emptyColumn')}
              </Text>
            )}
          </Stack>
        </Box>
      ))}
    </SimpleGrid>
  );
}

function List({ items }: { items: ProjectSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Box visibleFrom="md">
        <DataTable
          label={t('projects.list.label')}
          minWidth={900}
          columns={[
            t('projects.list.title'),
            t('projects.list.stage'),
            t('projects.list.call'),
            t('projects.list.deadline'),
            t('projects.list.cities'),
            t('projects.list.budget'),
          ]}
        >
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/projects/${p.id}`}>
                  {p.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={p.stage} />
              </Table.Td>
              <Table.Td>{p.call?.identifier ?? '–'}</Table.Td>
              <Table.Td>{p.callDeadlineAt ? formatDay(p.callDeadlineAt, uiLanguage(i18n), DEADLINE_TIME_ZONE) : '–'}</Table.Td>
              <Table.Td>{p.consortiumCities.map((c) => c.name).join(', ') || '–'}</Table.Td>
              <Table.Td>{formatEuro(p.budgetTotal, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Box>
      <Stack hiddenFrom="md" gap="xs">
        {items.map((p) => (
          <ProjectCard key={p.id} project={p} showStage />
        ))}
      </Stack>
    </>
  );
}
