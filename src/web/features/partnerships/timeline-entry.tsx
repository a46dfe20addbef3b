import { Anchor, Badge, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { DeleteItemButton } from './delete-item-button.tsx';
import { useDeleteTimelineEvent } from './timeline-api.ts';

interface Props {
  event: TimelineEvent;
  canEdit: boolean;
  showHistory: boolean;
  onEdit: () => void;
}

export function TimelineEntry({ event, canEdit, showHistory, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteTimelineEvent();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text component="time" dateTime={event.occurredOn} fz="sm" fw={600} c="indigo.9">
          {formatDate(event.occurredOn, uiLanguage(i18n))}
        </Text>
        <Badge variant="light" color="gray" tt="none" size="sm">
          {t(`partnerships.timelineKinds.${event.kind}`)}
        </Badge>
      </Group>
      <Title order={3} fz="md">
        {event.title}
      </Title>
      {event.description && (
        <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
          {event.description}
        </Text>
      )}
      {(canEdit || showHistory) && (
        <Group gap="xs">
          {canEdit && (
            <Button variant="subtle" size="compact-xs" onClick={onEdit}>
              {t('common.actions.edit')}
              <VisuallyHidden> ({event.title})</VisuallyHidden>
            </Button>
          )}
          {canEdit && (
            <DeleteItemButton
              size="compact-xs"
              title={t('partnerships.timeline.deleteTitle')}
              message={t('partnerships.timeline.deleteMessage', { title: event.title })}
              hiddenName={` (${event.title})`}
              deletedMessage={t('partnerships.timeline.deleted')}
              onDelete={() => remove.mutateAsync(event.id)}
              deleting={remove.isPending}
            />
          )}
          {showHistory && (
            <Anchor component={Link} to={`/history/timeline-event/${event.id}`} fz="xs">
              {t('common.actions.history')}
              <VisuallyHidden> ({event.title})</VisuallyHidden>
            </Anchor>
          )}
        </Group>
      )}
    </Stack>
  );
}
