import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAbility } from '../../components/require-ability.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { emptyOrganisationForm, formToRequest } from './organisation-form-model.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { useCreateOrganisation } from './organisations-api.ts';

export function OrganisationNewPage() {
  return (
    <RequireAbility ability="createOrganisation">
      <NewOrganisation />
    </RequireAbility>
  );
}

function NewOrganisation() {
  const { t, i18n } = useTranslation();
  const { user, can } = useSession();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  usePageTitle(t('organisations.form.newTitle'));
  const [values, setValues] = useState(() => emptyOrganisationForm(user?.cityId ?? '', uiLanguage(i18n)));

  function submit() {
    const key = values.key.trim();
    create.mutate(
      { ...formToRequest(values), ...(key ? { key } : {}) },
      {
        onSuccess: (org) => {
          notifySuccess(t, t('organisations.form.created', { name: org.name }));
          navigate(`/organisations/${org.key}`);
        },
      },
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('organisations.form.newTitle')}</Title>
      <OrganisationForm
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        mode="create"
        cityLocked={!can.createOrganisationInAnyCity}
        submitting={create.isPending}
        error={create.error}
        cancelTo="/organisations"
        onSubmit={submit}
      />
    </Stack>
  );
}
