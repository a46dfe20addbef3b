import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectSummary } from '../../../features/projects/projects.schemas.ts';
import { MoveStageSelect } from './move-stage-select.tsx';
import { deadlineCountdown } from '../../../shared/calendar-days.ts';
import { DeadlineCountdownText } from './deadline-countdown-text.tsx';
import { formatEuro } from './project-format.ts';
import { StageBadge } from './stage-badge.tsx';

/** A project on the board (and in the list on phones): title, call, deadline countdown, consortium cities. */
export function ProjectCard({ project, showStage = false }: { project: ProjectSummary; showStage?: boolean }) {
  const { t, i18n } = useTranslation();
  const countdown = project.callDeadlineAt ? deadlineCountdown(project.callDeadlineAt, new Date()) : null;
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={project.title}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/projects/${project.id}`} fw={600}>
          {project.acronym ? `${project.acronym} – ${project.title}` : project.title}
        </Anchor>
        {showStage && <StageBadge stage={project.stage} />}
        <Text fz="sm" c="gray.7">
          {project.partnership.name}
        </Text>
        {project.call && (
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('projects.card.call', { id: project.call.identifier })}
          </Text>
        )}
        {countdown && <DeadlineCountdownText countdown={countdown} />}
        <Group gap={4}>
          <Text fz="sm" c="gray.7">
            {project.consortiumCities.length ? project.consortiumCities.map((c) => c.name).join(' · ') : t('projects.card.noConsortium')}
          </Text>
        </Group>
        {project.budgetTotal > 0 && <Text fz="sm">{t('projects.card.budget', { amount: formatEuro(project.budgetTotal, i18n.language) })}</Text>}
        {project.can.manage && <MoveStageSelect projectId={project.id} version={project.version} nextStages={project.nextStages} />}
      </Stack>
    </Paper>
  );
}
