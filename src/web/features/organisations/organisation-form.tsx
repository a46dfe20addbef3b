import { Alert, Button, Checkbox, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationKinds } from '../../../features/organisations/organisations.schemas.ts';
import { errorMessage, fieldErrorFor } from '../../lib/form-errors.ts';
import { labelIn } from '../../lib/labels.ts';
import { DescriptionEditor } from './description-editor.tsx';
import { requiredFieldError } from './form-field-errors.ts';
import { ItemsEditor } from './items-editor.tsx';
import { languageOptions, uiLanguage } from './language-options.ts';
import { useCities, useThemes } from './lookups-api.ts';
import type { OrganisationFormValues } from './organisation-form-model.ts';

interface Props {
  initial: OrganisationFormValues;
  mode: 'create' | 'edit';
  /** Only administrators move organisations between cities; coordinators keep theirs. */
  cityLocked: boolean;
  submitting: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (values: OrganisationFormValues) => void;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function OrganisationForm({ initial, mode, cityLocked, submitting, error, cancelTo, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const cities = useCities();
  const themes = useThemes();
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => fieldErrorFor(error, t, path);
  const alertRef = useRef<HTMLDivElement>(null);
  // A long form: bring the editor to the message that explains why saving failed.
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const langs = languageOptions(uiLanguage(i18n), [
    ...values.languages,
    ...values.description.map((d) => d.lang),
    ...values.offers.map((o) => o.lang),
    ...values.requests.map((r) => r.lang),
  ]);
  const themeOptions = (themes.data ?? []).map((th) => ({ value: th.key, label: labelIn(th.labels, uiLanguage(i18n)) }));
  const defaultLang = values.description[0]?.lang || uiLanguage(i18n);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {error != null && (
          <Alert color="red" role="alert" ref={alertRef} tabIndex={-1}>
            {errorMessage(error, t)}
          </Alert>
        )}
        <Section id="org-form-basics" title={t('organisations.form.basics')}>
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
              data={[
                { value: '', label: t('organisations.form.chooseCity') },
                ...(cities.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.country})` })),
              ]}
              value={values.cityId}
              onChange={(e) => set('cityId', e.currentTarget.value)}
              error={requiredFieldError(error, t, 'cityId', values.cityId)}
            />
            <TextInput
              label={t('organisations.fields.website')}
              placeholder="https://"
              type="url"
              value={values.website}
              onChange={(e) => set('website', e.currentTarget.value)}
              error={err('website')}
            />
            <MultiSelect
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
        </Section>
        <Section id="org-form-description" title={t('organisations.form.description')}>
          <DescriptionEditor rows={values.description} onChange={(rows) => set('description', rows)} error={error} />
        </Section>
        <Section id="org-form-themes" title={t('organisations.fields.themes')}>
          <Checkbox.Group
            label={t('organisations.form.themesLabel')}
            value={values.themes}
            onChange={(v) => set('themes', v)}
            error={err('themes')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
              {themeOptions.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Section>
        <Section id="org-form-offers" title={t('organisations.detail.offers')}>
          <ItemsEditor
            kind="offers"
            rows={values.offers}
            onChange={(rows) => set('offers', rows)}
            languages={langs}
            themes={themeOptions}
            defaultLang={defaultLang}
            error={error}
          />
        </Section>
        <Section id="org-form-requests" title={t('organisations.detail.requests')}>
          <ItemsEditor
            kind="requests"
            rows={values.requests}
            onChange={(rows) => set('requests', rows)}
            languages={langs}
            themes={themeOptions}
            defaultLang={defaultLang}
            error={error}
          />
        </Section>
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
