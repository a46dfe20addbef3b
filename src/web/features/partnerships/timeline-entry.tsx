import { Anchor, Badge, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { ShownLanguageNote } from '../../components/localised-record-text.tsx';
import { formatDate } from '../../lib/labels.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { DeleteItemButton } from './delete-item-button.tsx';
import { useDeleteTimelineEvent } from './timeline-api.ts';

interface Props {
  event: TimelineEvent;
  showHistory: boolean;
  onEdit: () => void;
}

export function TimelineEntry({ event, showHistory, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteTimelineEvent();
  const title = chooseText(event.title, event.originalLang, uiLanguage(i18n));
  const titleText = title?.text ?? '';
  const description = chooseText(event.description, event.originalLang, uiLanguage(i18n));
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
      <Title order={3} fz="md" lang={title?.lang}>
        {titleText}
      </Title>
      <ShownLanguageNote shown={title} />
      {description && (
        <Text fz="sm" style={{ whiteSpace: 'pre-line' }} lang={description.lang}>
          {description.text}
        </Text>
      )}
      {description && description.lang !== title?.lang && <ShownLanguageNote shown={description} />}
      {(event.can.edit || event.can.delete || showHistory) && (
        <Group gap="xs">
          {event.can.edit && (
            <Button variant="subtle" size="compact-xs" onClick={onEdit}>
              {t('common.actions.edit')}
              <VisuallyHidden> ({titleText})</VisuallyHidden>
            </Button>
          )}
          {event.can.delete && (
            <DeleteItemButton
              size="compact-xs"
              title={t('partnerships.timeline.deleteTitle')}
              message={t('partnerships.timeline.deleteMessage', { title: titleText })}
              hiddenName={` (${titleText})`}
              deletedMessage={t('partnerships.timeline.deleted')}
              onDelete={() => remove.mutateAsync(event.id)}
              deleting={remove.isPending}
            />
          )}
          {showHistory && (
            <Anchor component={Link} to={`/history/timeline-event/${event.id}`} fz="xs">
              {t('common.actions.history')}
              <VisuallyHidden> ({titleText})</VisuallyHidden>
            </Anchor>
          )}
        </Group>
      )}
    </Stack>
  );
}
