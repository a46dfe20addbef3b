import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipTimelineEntry } from '../../../../features/partnerships/timeline-events.schemas.ts';
import { formatDate } from '../../../lib/labels.ts';
import { chooseText } from '../../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';

/** A joint project's entry on the partnership timeline: not editable here, linked to the project. */
export function PartnershipProjectEntry({ entry }: { entry: PartnershipTimelineEntry }) {
  const { t, i18n } = useTranslation();
  // Project texts have one language: shown as written, whatever the reader's.
  const title = chooseText(entry.title, entry.originalLang, entry.originalLang)?.text ?? '';
  const description = chooseText(entry.description, entry.originalLang, entry.originalLang);
  const what =
    entry.kind === 'project-milestone'
      ? t('projects-work-plan.partnershipTimeline.milestoneDone', { title })
      : entry.kind === 'project-started'
        ? t('projects-work-plan.partnershipTimeline.started')
        : t(`projects-work-plan.timeline.stage.${entry.projectStage ?? 'idea'}`, { defaultValue: entry.projectStage ?? '' });
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text component="time" dateTime={entry.occurredOn} fz="sm" fw={600} c="indigo.9">
          {formatDate(entry.occurredOn, uiLanguage(i18n))}
        </Text>
        <Badge variant="light" color="gray" tt="none" size="sm" c="gray.9">
          {t(`projects-work-plan.partnershipTimeline.kinds.${entry.kind}`, { defaultValue: t('projects-work-plan.partnershipTimeline.kinds.project-stage') })}
        </Badge>
      </Group>
      <Title order={3} fz="md">
        <Anchor component={Link} to={`/projects/${entry.projectId}`} inherit style={{ overflowWrap: 'anywhere' }}>
          {entry.projectTitle ?? title}
        </Anchor>
      </Title>
      <Text fz="sm">{what}</Text>
      {description && (
        <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
          {description.text}
        </Text>
      )}
    </Stack>
  );
}
