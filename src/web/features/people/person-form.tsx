import { Button, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { fieldErrorFor, requiredFieldError } from '../../lib/form-errors.ts';
import { languageOptions } from '../../lib/language-options.ts';
import { useCities, useOrganisationOptions } from '../../lib/lookups-api.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ConsentFields } from './consent-fields.tsx';
import type { PersonFormValues } from './person-form-model.ts';

interface Props {
  values: PersonFormValues;
  onChange: (patch: Partial<PersonFormValues>) => void;
  /** Coordinators keep people in their city; organisation editors in their organisation. */
  cityLocked: boolean;
  organisationLocked: boolean;
  /** The organisation already chosen, offered even before (or beyond) the loaded list. */
  knownOrganisation?: { id: string; name: string } | null;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  onSubmit: () => void;
}

export function PersonForm(props: Props) {
  const { values, onChange: set, cityLocked, organisationLocked, knownOrganisation, submitting, error, submitLabel, cancelTo, onSubmit } = props;
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const organisations = useOrganisationOptions(values.cityId, !!values.cityId);
  const organisationOptions = (organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (knownOrganisation && values.organisationId === knownOrganisation.id && !organisationOptions.some((o) => o.value === knownOrganisation.id)) {
    organisationOptions.push({ value: knownOrganisation.id, label: knownOrganisation.name });
  }
  const err = (path: string) => fieldErrorFor(error, t, path);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={error} focus />
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('people.fields.name')}
              required
              autoComplete="off"
              value={values.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={requiredFieldError(error, t, 'name', values.name)}
              maxLength={200}
            />
            <TextInput
              label={t('people.fields.roleTitle')}
              description={t('people.form.roleTitleHint')}
              value={values.roleTitle}
              onChange={(e) => set({ roleTitle: e.currentTarget.value })}
              error={err('roleTitle')}
              maxLength={200}
            />
            <NativeSelect
              label={t('people.fields.city')}
              required
              disabled={cityLocked}
              data={[{ value: '', label: t('people.form.chooseCity') }, ...cityOptions(cities.data ?? [])]}
              value={values.cityId}
              onChange={(e) => set({ cityId: e.currentTarget.value, organisationId: '' })}
              error={requiredFieldError(error, t, 'cityId', values.cityId)}
            />
            <NativeSelect
              label={t('people.fields.organisation')}
              description={t('people.form.organisationHint')}
              disabled={organisationLocked || !values.cityId}
              data={[{ value: '', label: t('people.form.noOrganisation') }, ...organisationOptions]}
              value={values.organisationId}
              onChange={(e) => set({ organisationId: e.currentTarget.value })}
              error={err('organisationId')}
            />
            <TextInput
              label={t('people.fields.email')}
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => set({ email: e.currentTarget.value })}
              error={err('email')}
            />
            <TextInput
              label={t('people.fields.phone')}
              type="tel"
              autoComplete="off"
              value={values.phone}
              onChange={(e) => set({ phone: e.currentTarget.value })}
              error={err('phone')}
              maxLength={50}
            />
            <MultiSelect
              label={t('people.fields.languages')}
              description={t('people.form.languagesHint')}
              data={languageOptions(uiLanguage(i18n), values.languages)}
              value={values.languages}
              onChange={(languages) => set({ languages })}
              searchable
              hidePickedOptions
              error={err('languages')}
            />
          </SimpleGrid>
        </Paper>
        <ConsentFields visibleToPartners={values.visibleToPartners} visibleToPublic={values.visibleToPublic} onChange={set} error={error} />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
