import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProjectForWorkPlan } from './work-plan-api.ts';

interface Props {
  projectId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** An organisation of the project's consortium (leads and owners must be members), or none. */
export function ConsortiumSelect({ projectId, label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const project = useProjectForWorkPlan(projectId);
  const data = (project.data?.consortium ?? []).map((p) => ({ value: p.organisation.id, label: `${p.organisation.name} (${p.organisation.city.name})` }));
  return (
    <Select
      label={label}
      placeholder={t('projects-work-plan.noOrganisation')}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      clearable
      searchable
      error={error}
      nothingFoundMessage={t('projects-work-plan.noConsortium')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
