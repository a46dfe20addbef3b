import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../../../features/projects/projects.schemas.ts';
import { CallsRadarLink } from '../calls/calls-radar-link.tsx';
import { deadlineCountdown } from '../../../shared/calendar-days.ts';
import { formatDeadline } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { DeadlineCountdownText } from './deadline-countdown-text.tsx';

/** The linked call: deadline in Brussels time (the portal's) and in the reader's own time zone; the radar for more calls. */
export function ProjectCallCard({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const call = project.call;
  const deadline = project.callDeadlineAt ?? call?.nextDeadlineAt ?? null;
  const shown = deadline ? formatDeadline(deadline, uiLanguage(i18n)) : null;
  const countdown = deadline ? deadlineCountdown(deadline, new Date()) : null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="project-call">
      <Stack gap={6}>
        <Title order={2} fz="h4" id="project-call">
          {t('projects.call.title')}
        </Title>
        {call ? (
          <>
            <Anchor component={Link} to={`/calls/${encodeURIComponent(call.identifier)}`} style={{ overflowWrap: 'anywhere' }}>
              {call.identifier}
            </Anchor>
            <Text>{call.title}</Text>
            <Text fz="sm" c="gray.7">
              {[call.programmeName ?? call.programmeCode, t(`projects.call.status.${call.status}`)].filter(Boolean).join(' · ')}
            </Text>
          </>
        ) : (
          <Text c="gray.7">{t('projects.call.none')}</Text>
        )}
        {shown && (
          <div>
            <Text fw={600}>{t('projects.call.deadline')}</Text>
            <Text>{t('projects.call.brussels', { when: shown.brussels })}</Text>
            {shown.local && (
              <Text fz="sm" c="gray.7">
                {t('projects.call.yourTime', { when: shown.local })}
              </Text>
            )}
            {countdown && <DeadlineCountdownText countdown={countdown} mt={4} />}
          </div>
        )}
        <CallsRadarLink subject="project" keyValue={project.id} variant="anchor" />
      </Stack>
    </Paper>
  );
}
