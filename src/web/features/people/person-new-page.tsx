import { Anchor, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useOrganisation } from '../organisations/organisations-api.ts';
import { useCreatePerson } from './people-api.ts';
import { emptyPersonForm, formToPersonRequest, type PersonFormValues } from './person-form-model.ts';
import { PersonForm } from './person-form.tsx';

export function PersonNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('people.form.newTitle'));
  return (
    <RequireAbility ability="createPerson">
      <Stack gap="lg">
        <Anchor component={Link} to="/people" fz="sm">
          {t('people.form.backToList')}
        </Anchor>
        <Title order={1}>{t('people.form.newTitle')}</Title>
        <NewPersonForm />
      </Stack>
    </RequireAbility>
  );
}

function NewPersonForm() {
  const { user, can } = useSession();
  // Who may add people only for their own organisation (its editors) does so in that organisation's city.
  const ownOrganisationOnly = !can.createPersonInOwnCity;
  const ownOrganisation = useOrganisation(ownOrganisationOnly ? (user?.organisationId ?? null) : null);
  if (ownOrganisationOnly) {
    return (
      <QueryState query={ownOrganisation}>
        {(org) => (
          <CreatePerson initial={emptyPersonForm(org.city.id, org.id)} cityLocked organisationLocked knownOrganisation={{ id: org.id, name: org.name }} />
        )}
      </QueryState>
    );
  }
  return <CreatePerson initial={emptyPersonForm(user?.cityId ?? '')} cityLocked={!can.createPersonInAnyCity} organisationLocked={false} />;
}

function CreatePerson({
  initial,
  ...props
}: {
  initial: PersonFormValues;
  cityLocked: boolean;
  organisationLocked: boolean;
  knownOrganisation?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  const [values, setValues] = useState(initial);
  return (
    <PersonForm
      {...props}
      values={values}
      onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      submitting={create.isPending}
      error={create.error}
      submitLabel={t('people.form.create')}
      cancelTo="/people"
      onSubmit={() =>
        create.mutate(formToPersonRequest(values), {
          onSuccess: (person) => {
            notifySuccess(t, t('people.form.created', { name: person.name }));
            navigate('/people');
          },
        })
      }
    />
  );
}
