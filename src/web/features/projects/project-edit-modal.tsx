import { NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../features/projects/projects.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { apiGet } from '../../lib/api-client.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { projectFieldError } from './project-errors.ts';
import { useUpdateProject } from './projects-api.ts';

const toValues = (p: Project) => ({
  title: p.title,
  acronym: p.acronym ?? '',
  summary: p.summary,
  startsOn: p.startsOn ?? '',
  endsOn: p.endsOn ?? '',
  requestedAmount: p.requestedAmount ?? ('' as number | string),
  awardedAmount: p.awardedAmount ?? ('' as number | string),
});
const amount = (v: number | string) => (typeof v === 'number' ? v : null);

/** Title, summary, dates and amounts, saved with the version they were loaded at (conflict dialog on 409). */
export function ProjectEditModal({ project, opened, onClose }: { project: Project; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('projects.edit.title')} size="lg">
      {opened && <EditForm project={project} onClose={onClose} />}
    </FormModal>
  );
}

function EditForm({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useUpdateProject(project.id);
  const edit = useVersionedEdit({
    record: project,
    toValues,
    toRequest: (v, version) => ({
      version,
      title: v.title.trim(),
      acronym: v.acronym.trim() || null,
      summary: v.summary,
      startsOn: v.startsOn || null,
      endsOn: v.endsOn || null,
      requestedAmount: amount(v.requestedAmount),
      awardedAmount: amount(v.awardedAmount),
    }),
    save,
    onSaved: onClose,
    reload: () => apiGet<Project>(`/api/projects/${project.id}`),
  });
  const { values, set } = edit;
  const err = (path: string) => projectFieldError(edit.error, t, path);
  return (
    <VersionedEditForm edit={edit} onCancel={onClose}>
      <TextInput
        label={t('projects.edit.projectTitle')}
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={err('title')}
      />
      <TextInput
        label={t('projects.edit.acronym')}
        value={values.acronym}
        maxLength={40}
        onChange={(e) => set({ acronym: e.currentTarget.value })}
        error={err('acronym')}
      />
      <Textarea
        label={t('projects.edit.summary')}
        autosize
        minRows={4}
        maxRows={14}
        value={values.summary}
        onChange={(e) => set({ summary: e.currentTarget.value })}
        error={err('summary')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('projects.edit.startsOn')}
          value={values.startsOn}
          onChange={(e) => set({ startsOn: e.currentTarget.value })}
          error={err('startsOn')}
        />
        <TextInput
          type="date"
          label={t('projects.edit.endsOn')}
          value={values.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
          error={err('endsOn')}
        />
        <NumberInput
          label={t('projects.edit.requestedAmount')}
          min={0}
          decimalScale={2}
          value={values.requestedAmount}
          onChange={(v) => set({ requestedAmount: v })}
          error={err('requestedAmount')}
        />
        <NumberInput
          label={t('projects.edit.awardedAmount')}
          min={0}
          decimalScale={2}
          value={values.awardedAmount}
          onChange={(v) => set({ awardedAmount: v })}
          error={err('awardedAmount')}
        />
      </SimpleGrid>
    </VersionedEditForm>
  );
}
