import { Alert, NativeSelect, NumberInput, Select, Textarea } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConsortiumPartner, Project } from '../../../features/projects/projects.schemas.ts';
import type { OrganisationSummary } from '../../../features/organisations/organisations.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { apiGet, isVersionConflict, query } from '../../lib/api-client.ts';
import { hasFieldErrors } from '../../lib/form-errors.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { projectErrorMessages, projectFieldError } from './project-errors.ts';
import { consortiumRoles, useSavePartner } from './projects-api.ts';

type Role = (typeof consortiumRoles)[number];
interface Values {
  organisation: string;
  role: Role;
  budget: number | string;
  ownContribution: number | string;
  note: string;
}

/** Organisations of the partnership's cities only: the picker offers nothing the API would refuse. */
function usePartnershipOrganisations(project: Project) {
  const results = useQueries({
    queries: project.partnership.cities.map((c) => ({
      queryKey: ['organisations', 'options', c.id],
      queryFn: () => apiGet<{ items: OrganisationSummary[] }>(`/api/organisations${query({ cityId: c.id, limit: 200 })}`),
      staleTime: 5 * 60_000,
    })),
  });
  const inConsortium = new Set(project.consortium.map((p) => p.organisation.id));
  return project.partnership.cities.map((c, i) => ({
    group: c.name,
    items: (results[i]?.data?.items ?? []).filter((o) => !inConsortium.has(o.id)).map((o) => ({ value: o.id, label: o.name })),
  }));
}

/** Adds an organisation (partner = null) or edits a member's role and amounts. */
export function ConsortiumPartnerModal({
  project,
  partner,
  preset,
  opened,
  onClose,
}: {
  project: Project;
  partner: ConsortiumPartner | null;
  preset?: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={partner ? t('projects.consortium.editTitle', { name: partner.organisation.name }) : t('projects.consortium.addTitle')}
    >
      {opened && <PartnerForm project={project} partner={partner} preset={preset} onClose={onClose} />}
    </FormModal>
  );
}

function PartnerForm({ project, partner, preset, onClose }: { project: Project; partner: ConsortiumPartner | null; preset?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSavePartner(project.id, partner?.id ?? null);
  const organisations = usePartnershipOrganisations(project);
  const hasCoordinator = project.consortium.some((p) => p.role === 'coordinator' && p.id !== partner?.id);
  const edit = useVersionedEdit({
    record: partner,
    toValues: (p): Values => ({
      organisation: p?.organisation.id ?? preset ?? '',
      role: p?.role ?? (hasCoordinator ? 'partner' : 'coordinator'),
      budget: p?.budget ?? 0,
      ownContribution: p?.ownContribution ?? 0,
      note: p?.note ?? '',
    }),
    toRequest: (v, version) => ({
      version,
      values: {
        organisation: v.organisation,
        role: v.role,
        budget: Number(v.budget) || 0,
        ownContribution: Number(v.ownContribution) || 0,
        note: v.note.trim() || null,
      },
    }),
    save,
    onSaved: onClose,
    reload: async () => {
      if (!partner) return null;
      const fresh = await apiGet<Project>(`/api/projects/${project.id}`);
      return fresh.consortium.find((p) => p.id === partner.id) ?? null;
    },
    onGone: onClose,
  });
  const { values, set } = edit;
  const err = (path: string) => projectFieldError(save.error, t, path);
  // Field errors show on their fields; anything else (a conflict is the dialog's) in one alert.
  const general = save.error && !hasFieldErrors(save.error) && !isVersionConflict(save.error) ? projectErrorMessages(save.error, t) : [];
  return (
    <VersionedEditForm edit={{ ...edit, error: null }} onCancel={onClose} submitLabel={partner ? undefined : t('projects.consortium.add')}>
      {general.length > 0 && (
        <Alert color="red" role="alert">
          {general.join(' ')}
        </Alert>
      )}
      {!partner && (
        <Select
          label={t('projects.consortium.organisation')}
          description={t('projects.consortium.organisationHint')}
          required
          searchable
          data={organisations}
          value={values.organisation || null}
          onChange={(v) => set({ organisation: v ?? '' })}
          error={err('organisation')}
          nothingFoundMessage={t('projects.consortium.noOrganisation')}
        />
      )}
      <NativeSelect
        label={t('projects.consortium.role')}
        value={values.role}
        onChange={(e) => set({ role: e.currentTarget.value as Role })}
        data={consortiumRoles.map((r) => ({ value: r, label: t(`projects.role.${r}`) }))}
        error={err('role')}
      />
      <NumberInput
        label={t('projects.consortium.budget')}
        min={0}
        decimalScale={2}
        value={values.budget}
        onChange={(v) => set({ budget: v })}
        error={err('budget')}
      />
      <NumberInput
        label={t('projects.consortium.ownContribution')}
        min={0}
        decimalScale={2}
        value={values.ownContribution}
        onChange={(v) => set({ ownContribution: v })}
        error={err('ownContribution')}
      />
      <Textarea
        label={t('projects.consortium.note')}
        value={values.note}
        maxLength={1000}
        autosize
        minRows={2}
        onChange={(e) => set({ note: e.currentTarget.value })}
      />
    </VersionedEditForm>
  );
}
