import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { timelineKindOptions } from './enum-options.ts';
import { useSaveTimelineEvent } from './timeline-api.ts';
import { usePartnershipItemEdit } from './use-partnership-item-edit.ts';
import { isHandEnteredEvent } from '../projects/work-plan/partnership-timeline-entries.ts';

interface Props {
  partnership: Partnership;
  /** null adds a new event. */
  event: TimelineEvent | null;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

type Values = { kind: TimelineEvent['kind']; occurredOn: string; title: string; description: string };

const toValues = (e: TimelineEvent | null): Values =>
  e
    ? { kind: e.kind, occurredOn: e.occurredOn, title: e.title, description: e.description ?? '' }
    : { kind: 'meeting', occurredOn: '', title: '', description: '' };

export function TimelineEventModal({ opened, onClose, event, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} size="lg" title={event ? t('partnerships.timeline.editTitle') : t('partnerships.timeline.addTitle')}>
      <TimelineEventForm key={event?.id ?? 'new'} event={event} onDone={onClose} {...rest} />
    </FormModal>
  );
}

function TimelineEventForm({ partnership, event, onDone, reload }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const edit = usePartnershipItemEdit({
    item: event,
    itemsOf: (p) => p.timeline.filter(isHandEnteredEvent),
    toValues,
    toRequest: (values) => ({ ...values, description: values.description.trim() ? values.description : null }),
    save: useSaveTimelineEvent(partnership.id, event?.id ?? null),
    savedMessage: t('partnerships.timeline.saved'),
    reload,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => fieldErrorFor(edit.error, t, path);

  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('partnerships.timeline.occurredOn')}
          required
          value={values.occurredOn}
          onChange={(e) => set({ occurredOn: e.currentTarget.value })}
          error={err('occurredOn')}
        />
        <NativeSelect
          label={t('partnerships.timeline.kind')}
          required
          data={timelineKindOptions(t)}
          value={values.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as Values['kind'] })}
          error={err('kind')}
        />
      </SimpleGrid>
      <TextInput
        label={t('partnerships.timeline.eventTitle')}
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={err('title')}
      />
      <Textarea
        label={t('partnerships.timeline.description')}
        autosize
        minRows={2}
        maxRows={8}
        value={values.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={err('description')}
      />
    </VersionedEditForm>
  );
}
