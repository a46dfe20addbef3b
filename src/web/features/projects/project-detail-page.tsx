import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Project } from '../../../features/projects/projects.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ProjectWorkPlanSections } from './work-plan/project-work-plan-sections.tsx';
import { ConsortiumSection } from './consortium-section.tsx';
import { MoveStageButtons } from './move-stage-buttons.tsx';
import { ProjectCallCard } from './project-call-card.tsx';
import { ProjectEditModal } from './project-edit-modal.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { formatEuro } from './project-format.ts';
import { useProject } from './projects-api.ts';
import { StageBadge } from './stage-badge.tsx';

/** /projects/:id: stage and next steps, the call, the project's facts, the consortium, the work plan. */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  const { t } = useTranslation();
  usePageTitle(project.data?.title ?? t('projects.title'));
  return (
    <RequireRole>
      <QueryState query={project}>{(p) => <ProjectView project={p} />}</QueryState>
    </RequireRole>
  );
}

function ProjectView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const day = (d: string | null) => (d ? formatDay(d, uiLanguage(i18n)) : '–');
  const amount = (v: number | null) => (v === null ? t('projects.detail.notSet') : formatEuro(v, i18n.language));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/projects?partnership=${encodeURIComponent(project.partnership.key)}`} fz="sm">
          {t('projects.detail.back', { partnership: project.partnership.name })}
        </Anchor>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {project.acronym ? `${project.acronym} – ${project.title}` : project.title}
          </Title>
          <StageBadge stage={project.stage} />
        </Group>
        <Text c="gray.7">
          {t('projects.detail.partnership')}:{' '}
          <Anchor component={Link} to={`/partnerships/${encodeURIComponent(project.partnership.key)}`}>
            {project.partnership.name}
          </Anchor>
        </Text>
      </Stack>
      <MoveStageButtons project={project} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="project-facts">
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} fz="h4" id="project-facts">
                  {t('projects.detail.facts')}
                </Title>
                {project.can.manage && (
                  <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                    {t('common.actions.edit')}
                  </Button>
                )}
              </Group>
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{project.summary || t('projects.detail.noSummary')}</Text>
              <Text fz="sm">
                {t('projects.detail.duration')}:{' '}
                {project.startsOn || project.endsOn ? `${day(project.startsOn)} – ${day(project.endsOn)}` : t('projects.detail.notSet')}
              </Text>
              <Text fz="sm">
                {t('projects.detail.requested')}: {amount(project.requestedAmount)} · {t('projects.detail.awarded')}: {amount(project.awardedAmount)}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ProjectCallCard project={project} />
        </Grid.Col>
      </Grid>
      <ConsortiumSection project={project} />
      <ProjectWorkPlanSections projectId={project.id} canEdit={project.can.editWorkPlan} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="project-history">
        <Title order={2} fz="h4" id="project-history" mb="xs">
          {t('projects.detail.history')}
        </Title>
        <Stack gap={4} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {project.stageEvents.map((e) => (
            <Text key={e.id} component="li" fz="sm">
              {day(e.occurredOn)} · {t(`projects.stage.${e.toStage}`)}
              {e.actor ? ` · ${e.actor}` : ''}
              {e.note ? ` – ${e.note}` : ''}
            </Text>
          ))}
        </Stack>
      </Paper>
      <ProjectEditModal project={project} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}
