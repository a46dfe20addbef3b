import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkPackage } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { FormModal } from '../../../components/form-modal.tsx';
import { VersionedEditForm } from '../../../components/versioned-edit-form.tsx';
import { ConsortiumSelect } from './consortium-select.tsx';
import { useListItemEdit } from '../../../lib/use-list-item-edit.ts';
import { useSaveWorkPackage, useWorkPackages } from './work-plan-api.ts';
import { orNull, workPlanFieldError } from './work-plan-errors.ts';

const statuses = ['planned', 'in-progress', 'done'] as const;
type Values = {
  number: string;
  title: string;
  description: string;
  leadOrganisationId: string;
  startsOn: string;
  endsOn: string;
  status: WorkPackage['status'];
};

const toValues = (wp: WorkPackage | null): Values => ({
  number: wp ? String(wp.number) : '',
  title: wp?.title ?? '',
  description: wp?.description ?? '',
  leadOrganisationId: wp?.leadOrganisation?.id ?? '',
  startsOn: wp?.startsOn ?? '',
  endsOn: wp?.endsOn ?? '',
  status: wp?.status ?? 'planned',
});

interface Props {
  projectId: string;
  workPackage: WorkPackage | null;
  opened: boolean;
  onClose: () => void;
}

export function WorkPackageModal({ projectId, workPackage, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={workPackage ? t('projects-work-plan.workPackages.editTitle') : t('projects-work-plan.workPackages.addTitle')}
    >
      <WorkPackageForm key={workPackage?.id ?? 'new'} projectId={projectId} workPackage={workPackage} onDone={onClose} />
    </FormModal>
  );
}

function WorkPackageForm({ projectId, workPackage, onDone }: { projectId: string; workPackage: WorkPackage | null; onDone: () => void }) {
  const { t } = useTranslation();
  const list = useWorkPackages(projectId);
  const edit = useListItemEdit({
    item: workPackage,
    toValues,
    toRequest: (v: Values) => ({
      ...(v.number.trim() ? { number: Number(v.number) } : {}),
      title: v.title,
      description: v.description,
      leadOrganisationId: orNull(v.leadOrganisationId),
      startsOn: orNull(v.startsOn),
      endsOn: orNull(v.endsOn),
      status: v.status,
    }),
    save: useSaveWorkPackage(projectId, workPackage?.id ?? null),
    savedMessage: t('projects-work-plan.workPackages.saved'),
    reload: async () => (await list.refetch()).data,
    onDone,
  });
  const { values, set } = edit;
  const err = (path: string) => workPlanFieldError(edit.error, t, path);
  return (
    <VersionedEditForm edit={edit} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('projects-work-plan.workPackages.number')}
          description={t('projects-work-plan.workPackages.numberHint')}
          inputMode="numeric"
          value={values.number}
          onChange={(e) => set({ number: e.currentTarget.value })}
          error={err('number')}
        />
        <Select
          label={t('projects-work-plan.workPackages.status')}
          data={statuses.map((s) => ({ value: s, label: t(`projects-work-plan.workPackageStatus.${s}`) }))}
          value={values.status}
          onChange={(v) => v && set({ status: v as Values['status'] })}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      </SimpleGrid>
      <TextInput
        label={t('projects-work-plan.workPackages.titleLabel')}
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={err('title')}
      />
      <Textarea
        label={t('projects-work-plan.workPackages.description')}
        autosize
        minRows={2}
        value={values.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={err('description')}
      />
      <ConsortiumSelect
        projectId={projectId}
        label={t('projects-work-plan.workPackages.lead')}
        value={values.leadOrganisationId}
        onChange={(v) => set({ leadOrganisationId: v })}
        error={err('leadOrganisationId')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('projects-work-plan.workPackages.startsOn')}
          value={values.startsOn}
          onChange={(e) => set({ startsOn: e.currentTarget.value })}
          error={err('startsOn')}
        />
        <TextInput
          type="date"
          label={t('projects-work-plan.workPackages.endsOn')}
          value={values.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
          error={err('endsOn')}
        />
      </SimpleGrid>
    </VersionedEditForm>
  );
}
