import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { RequireRole } from '../users/require-role.tsx';
import { OrganisationForm } from './organisation-form.tsx';
import { emptyOrganisationForm, formToRequest, type OrganisationFormValues } from './organisation-form-model.ts';
import { useCreateOrganisation } from './organisations-api.ts';
import { uiLanguage } from './language-options.ts';
import { notifySuccess } from './notify.ts';

export function OrganisationNewPage() {
  return (
    <RequireRole roles={['admin', 'coordinator']}>
      <NewOrganisation />
    </RequireRole>
  );
}

function NewOrganisation() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  usePageTitle(t('organisations.form.newTitle'));
  const [initial] = useState(() => emptyOrganisationForm(user?.cityId ?? '', uiLanguage(i18n)));

  function submit(values: OrganisationFormValues) {
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
        initial={initial}
        mode="create"
        cityLocked={user?.role !== 'admin'}
        submitting={create.isPending}
        error={create.error}
        cancelTo="/organisations"
        onSubmit={submit}
      />
    </Stack>
  );
}
