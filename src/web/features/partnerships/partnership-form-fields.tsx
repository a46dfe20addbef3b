import { MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipKind, PartnershipStatus } from '../../../features/partnerships/partnerships.schemas.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { readableHint } from '../../lib/readable-styles.ts';
import { DescriptionFields } from './description-fields.tsx';
import { partnershipKindOptions, partnershipStatusOptions } from './enum-options.ts';
import type { PartnershipFormValues } from './partnership-form-values.ts';
import { ThemeCheckboxes } from './theme-checkboxes.tsx';

interface Props {
  values: PartnershipFormValues;
  onChange: (patch: Partial<PartnershipFormValues>) => void;
  error: unknown;
  /** Creating also asks for the key, the member cities and the themes (edited separately later). */
  create?: { cityOptions: { value: string; label: string }[]; onNameChange: (name: string) => void };
}

export function PartnershipFormFields({ values, onChange, error, create }: Props) {
  const { t } = useTranslation();
  const err = (path: string) => fieldErrorFor(error, t, path);
  return (
    <Stack gap="md">
      <TextInput
        label={t('partnerships.fields.name')}
        required
        value={values.name}
        onChange={(e) => (create ? create.onNameChange(e.currentTarget.value) : onChange({ name: e.currentTarget.value }))}
        error={err('name')}
      />
      {create && (
        <TextInput
          label={t('partnerships.fields.key')}
          {...readableHint}
          description={t('partnerships.form.keyHint')}
          required
          value={values.key}
          onChange={(e) => onChange({ key: e.currentTarget.value })}
          error={err('key')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('partnerships.fields.kind')}
          required
          data={partnershipKindOptions(t)}
          value={values.kind}
          onChange={(e) => onChange({ kind: e.currentTarget.value as PartnershipKind })}
          error={err('kind')}
        />
        <NativeSelect
          label={t('partnerships.fields.status')}
          required
          data={partnershipStatusOptions(t)}
          value={values.status}
          onChange={(e) => onChange({ status: e.currentTarget.value as PartnershipStatus })}
          error={err('status')}
        />
        <TextInput
          type="date"
          label={t('partnerships.fields.since')}
          value={values.since}
          onChange={(e) => onChange({ since: e.currentTarget.value })}
          error={err('since')}
        />
      </SimpleGrid>
      {create && (
        <MultiSelect
          label={t('partnerships.fields.cities')}
          {...readableHint}
          description={t('partnerships.form.citiesHint')}
          required
          searchable
          data={create.cityOptions}
          value={values.cities}
          onChange={(cities) => onChange({ cities })}
          error={err('cities')}
          nothingFoundMessage={t('partnerships.form.noCityFound')}
        />
      )}
      {create && <ThemeCheckboxes value={values.themes} onChange={(themes) => onChange({ themes })} error={err('themes')} />}
      <DescriptionFields values={values} onChange={(descriptions) => onChange({ descriptions })} error={error} />
    </Stack>
  );
}
