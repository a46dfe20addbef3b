import { Button, Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationKinds } from '../../../features/organisations/organisations.schemas.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { fieldErrorFor, requiredFieldError } from '../../lib/form-errors.ts';
import { labelIn } from '../../lib/labels.ts';
import { languageOptions } from '../../lib/language-options.ts';
import { useCities, useThemes } from '../../lib/lookups-api.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { DescriptionEditor } from './description-editor.tsx';
import { ItemsEditor } from './items-editor.tsx';
import type { OrganisationFormValues } from './organisation-form-model.ts';

const itemKinds = ['offers', 'requests'] as const;

interface Props {
  /** Shown above the form: what the stored profile lacks (edit mode, for its editors). */
  intro?: ReactNode;
  values: OrganisationFormValues;
  onChange: (patch: Partial<OrganisationFormValues>) => void;
  mode: 'create' | 'edit';
  /** Only administrators move organisations between cities; coordinators keep theirs. */
  cityLocked: boolean;
  submitting: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: () => void;
}

export function OrganisationForm({ intro, values, onChange, mode, cityLocked, submitting, error, cancelTo, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const themes = useThemes();
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    onChange({ [key]: value } as Partial<OrganisationFormValues>);
  const err = (path: string) => fieldErrorFor(error, t, path);

  const langs = languageOptions(uiLanguage(i18n), [
    ...values.languages,
    ...values.description.map((d) => d.lang),
    ...values.offers.map((o) => o.lang),
    ...values.requests.map((r) => r.lang),
  ]);
  const themeOptions = (themes.data ?? []).map((th) => ({ value: th.key, label: labelIn(th.labels, uiLanguage(i18n)) }));
  // A new offer or request starts in the language its author reads (not the description's, which
  // made English typed in the English interface German); its text then decides (item-language.ts).
  const defaultLang = uiLanguage(i18n);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ErrorAlert error={error} focus />
        {intro}
        <PaperSection id="org-form-basics" title={t('organisations.form.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('organisations.fields.name')}
              required
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={requiredFieldError(error, t, 'name', values.name)}
              maxLength={300}
            />
            {mode === 'create' ? (
              <TextInput
                label={t('organisations.fields.key')}
                description={t('organisations.form.keyHint')}
                value={values.key}
                onChange={(e) => set('key', e.currentTarget.value.toLowerCase())}
                error={err('key')}
                maxLength={80}
              />
            ) : (
              <TextInput label={t('organisations.fields.key')} description={t('organisations.form.keyFixed')} value={values.key} readOnly />
            )}
            <NativeSelect
              label={t('organisations.fields.kind')}
              required
              data={[
                { value: '', label: t('organisations.form.chooseKind') },
                ...organisationKinds.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) })),
              ]}
              value={values.kind}
              onChange={(e) => set('kind', e.currentTarget.value as OrganisationFormValues['kind'])}
              error={requiredFieldError(error, t, 'kind', values.kind)}
            />
            <NativeSelect
              label={t('organisations.fields.city')}
              required
              disabled={cityLocked}
              description={cityLocked ? t('organisations.form.cityLocked') : undefined}
              data={[{ value: '', label: t('organisations.form.chooseCity') }, ...cityOptions(cities.data ?? [])]}
              value={values.cityId}
              onChange={(e) => set('cityId', e.currentTarget.value)}
              error={requiredFieldError(error, t, 'cityId', values.cityId)}
            />
            <TextInput
              id="org-form-website"
              label={t('organisations.fields.website')}
              placeholder="https://"
              type="url"
              value={values.website}
              onChange={(e) => set('website', e.currentTarget.value)}
              error={err('website')}
            />
            <MultiSelect
              id="org-form-languages"
              label={t('organisations.fields.languages')}
              description={t('organisations.form.languagesHint')}
              data={langs}
              value={values.languages}
              onChange={(v) => set('languages', v)}
              searchable
              hidePickedOptions
              error={err('languages')}
            />
          </SimpleGrid>
        </PaperSection>
        <PaperSection id="org-form-description" title={t('organisations.form.description')}>
          <DescriptionEditor
            rows={values.description}
            onChange={(rows) => set('description', rows)}
            concepts={values.concepts}
            onConceptsChange={(concepts) => set('concepts', concepts)}
            error={error}
          />
        </PaperSection>
        <PaperSection id="org-form-themes" title={t('organisations.fields.themes')}>
          <Checkbox.Group label={t('organisations.form.themesLabel')} value={values.themes} onChange={(v) => set('themes', v)} error={err('themes')}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
              {themeOptions.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </PaperSection>
        {itemKinds.map((kind) => (
          <PaperSection key={kind} id={`org-form-${kind}`} title={kind === 'offers' ? t('organisations.detail.offers') : t('organisations.detail.requests')}>
            <ItemsEditor
              kind={kind}
              rows={values[kind]}
              onChange={(rows) => set(kind, rows)}
              languages={langs}
              themes={themeOptions}
              defaultLang={defaultLang}
              error={error}
            />
          </PaperSection>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {mode === 'create' ? t('organisations.form.create') : t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
