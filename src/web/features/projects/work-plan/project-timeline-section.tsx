import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectTimelineEntry } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { EmptyState, QueryState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { formatDate, formatDeadline } from '../../../lib/date-format.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { useProjectTimeline } from './work-plan-api.ts';

export function ProjectTimelineSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const timeline = useProjectTimeline(projectId);
  return (
    <section aria-labelledby="project-timeline-heading">
      <SectionHeading id="project-timeline-heading" title={t('projects-work-plan.timeline.title')} />
      <QueryState query={timeline}>
        {(entries) =>
          entries.length === 0 ? (
            <EmptyState title={t('projects-work-plan.timeline.empty')} />
          ) : (
            <Timeline bulletSize={12} lineWidth={2} color="indigo" active={-1} component="ol" style={{ listStyle: 'none', margin: 0 }}>
              {entries.map((e, index) => (
                <Timeline.Item key={`${e.kind}-${e.refId ?? ''}-${index}`} component="li">
                  <TimelineLine entry={e} />
                </Timeline.Item>
              ))}
            </Timeline>
          )
        }
      </QueryState>
    </section>
  );
}

function TimelineLine({ entry: e }: { entry: ProjectTimelineEntry }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const text = (() => {
    switch (e.kind) {
      case 'stage':
        return t(`projects-work-plan.timeline.stage.${e.stage ?? 'idea'}`, { defaultValue: e.stage ?? '' }) + (e.title ? ` — ${e.title}` : '');
      case 'call-deadline':
        return e.title ? t('projects-work-plan.timeline.callDeadlineOf', { title: e.title }) : t('projects-work-plan.timeline.callDeadline');
      default:
        return e.workPackageNumber ? t('projects-work-plan.timeline.inWorkPackage', { number: e.workPackageNumber, title: e.title }) : e.title;
    }
  })();
  // The portal counts deadlines in Brussels; the reader also sees the hour in their own zone.
  const times = e.at ? formatDeadline(e.at, lang) : null;
  const deadline = times && [`${times.brussels} (${t('projects-work-plan.timeline.brussels')})`, times.local].filter(Boolean).join(' · ');
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text component="time" dateTime={e.at ?? e.on} fz="sm" fw={600} c="indigo.9">
          {formatDate(e.on, lang)}
        </Text>
        <Badge variant="light" color="gray" tt="none" size="sm" c="gray.9">
          {t(`projects-work-plan.timeline.kinds.${e.kind}`)}
        </Badge>
      </Group>
      <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
        {text}
      </Text>
      {deadline && (
        <Text fz="xs" c="gray.7">
          {deadline}
        </Text>
      )}
    </Stack>
  );
}
