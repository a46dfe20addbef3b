import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { hasFieldErrors } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { useMarkMilestoneDone } from './work-plan-api.ts';
import { localToday, workPlanFieldError } from './work-plan-errors.ts';

interface Props {
  projectId: string;
  milestone: Milestone | null;
  opened: boolean;
  onClose: () => void;
}

/** "Mark done" asks for the day it was reached, today unless said otherwise. */
export function MilestoneDoneModal({ projectId, milestone, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('projects-work-plan.milestones.doneTitle', { title: milestone?.title ?? '' })} centered>
      {milestone && <DoneForm key={milestone.id} projectId={projectId} milestone={milestone} onDone={onClose} />}
    </FormModal>
  );
}

function DoneForm({ projectId, milestone, onDone }: { projectId: string; milestone: Milestone; onDone: () => void }) {
  const { t } = useTranslation();
  const [doneOn, setDoneOn] = useState(localToday());
  const mark = useMarkMilestoneDone(projectId);
  function submit(e: FormEvent) {
    e.preventDefault();
    mark.mutate(
      { id: milestone.id, version: milestone.version, doneOn },
      {
        onSuccess: () => {
          notifySuccess(t, t('projects-work-plan.milestones.markedDone'));
          onDone();
        },
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {mark.error && !hasFieldErrors(mark.error) && <ErrorAlert error={mark.error} title={t('common.errors.title')} />}
        <TextInput
          type="date"
          label={t('projects-work-plan.milestones.doneOn')}
          required
          max={localToday()}
          value={doneOn}
          onChange={(e) => setDoneOn(e.currentTarget.value)}
          error={workPlanFieldError(mark.error, t, 'doneOn')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={mark.isPending}>
            {t('projects-work-plan.milestones.markDone')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
