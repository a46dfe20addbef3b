import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import type { TimelineEvent } from '../../../features/partnerships/timeline-events.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { timelineKindOptions } from './enum-options.ts';
import { FormErrorAlert } from './form-error-alert.tsx';
import { isVersionConflict, notifySaved } from './save-feedback.ts';
import { useSaveTimelineEvent } from './timeline-api.ts';
import { FormModal } from '../../components/form-modal.tsx';

interface Props {
  partnership: Partnership;
  /** null adds a new event. */
  event: TimelineEvent | null;
  opened: boolean;
  onClose: () => void;
  reload: () => Promise<Partnership | undefined>;
}

type Values = { kind: TimelineEvent['kind']; occurredOn: string; title: string; description: string; version: number };

const toValues = (e: TimelineEvent | null): Values =>
  e
    ? { kind: e.kind, occurredOn: e.occurredOn, title: e.title, description: e.description ?? '', version: e.version }
    : { kind: 'meeting', occurredOn: '', title: '', description: '', version: 0 };

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
  const [values, setValues] = useState(() => toValues(event));
  const [conflict, setConflict] = useState(false);
  const save = useSaveTimelineEvent(partnership.id, event?.id ?? null);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const err = (path: string) => fieldErrorFor(save.error, t, path);

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = { kind: values.kind, occurredOn: values.occurredOn, title: values.title, description: values.description.trim() ? values.description : null };
    save.mutate(event ? { ...body, version: values.version } : body, {
      onSuccess: () => {
        notifySaved(t, t('partnerships.timeline.saved'));
        onDone();
      },
      onError: (error) => setConflict(isVersionConflict(error)),
    });
  }

  async function reloadLatest() {
    const fresh = await reload();
    const latest = fresh?.timeline.find((x) => x.id === event?.id);
    save.reset();
    setConflict(false);
    if (fresh && !latest) return onDone();
    if (latest) setValues(toValues(latest));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormErrorAlert error={save.error} />
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} onReload={() => void reloadLatest()} onClose={() => setConflict(false)} />
    </form>
  );
}
