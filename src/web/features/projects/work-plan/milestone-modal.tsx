import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { VersionedEditForm } from '../../../components/versioned-edit-form.tsx';
import { ConsortiumSelect } from './consortium-select.tsx';
import { useListItemEdit } from '../../../lib/use-list-item-edit.ts';
import { useMilestones, useSaveMilestone, useWorkPackages } from './work-plan-api.ts';
import { orNull, workPlanFieldError } from './work-plan-errors.ts';

type Values = { title: string; dueOn: string; workPackageId: string; ownerOrganisationId: string };

const toValues = (m: Milestone | null): Values => ({
  title: m?.title ?? '',
  dueOn: m?.dueOn ?? '',
  workPackageId: m?.workPackageId ?? '',
  ownerOrganisationId: m?.ownerOrganisation?.id ?? '',
});

interface Props {
  projectId: string;
  milestone: Milestone | null;
  opened: boolean;
  onClose: () => void;
}

export function MilestoneModal({ projectId, milestone, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={milestone ? t('projects-work-plan.milestones.editTitle') : t('projects-work-plan.milestones.addTitle')}
    >
      <MilestoneForm key={milestone?.id ?? 'new'} projectId={projectId} milestone={milestone} onDone={onClose} />
    </FormModal>
  );
}

function MilestoneForm({ projectId, milestone, onDone }: { projectId: string; milestone: Milestone | null; onDone: () => void }) {
  const { t } = useTranslation();
  const list = useMilestones(projectId);
  const workPackages = useWorkPackages(projectId);
  const edit = useListItemEdit({
    item: milestone,
    toValues,
    toRequest: (v: Values) => ({
      title: v.title,
      dueOn: v.dueOn,
      workPackageId: orNull(v.workPackageId),
      ownerOrganisationId: orNull(v.ownerOrganisationId),
    }),
    save: useSaveMilestone(projectId, milestone?.id ?? null),
    savedMessage: t('projects-work-plan.milestones.saved'),
    reload: async () => (await list.refetch()).data?.milestones,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => workPlanFieldError(edit.error, t, path);
  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <TextInput
        label={t('projects-work-plan.milestones.titleLabel')}
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={err('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('projects-work-plan.milestones.dueOn')}
          required
          value={values.dueOn}
          onChange={(e) => set({ dueOn: e.currentTarget.value })}
          error={err('dueOn')}
        />
        <Select
          label={t('projects-work-plan.milestones.workPackage')}
          placeholder={t('projects-work-plan.milestones.noWorkPackage')}
          data={(workPackages.data ?? []).map((wp) => ({
            value: wp.id,
            label: t('projects-work-plan.workPackages.name', { number: wp.number, title: wp.title }),
          }))}
          value={values.workPackageId || null}
          onChange={(v) => set({ workPackageId: v ?? '' })}
          clearable
          error={err('workPackageId')}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <ConsortiumSelect
        projectId={projectId}
        label={t('projects-work-plan.milestones.owner')}
        value={values.ownerOrganisationId}
        onChange={(v) => set({ ownerOrganisationId: v })}
        error={err('ownerOrganisationId')}
      />
    </VersionedEditForm>
  );
}
