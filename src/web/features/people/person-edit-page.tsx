import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Person } from '../../../features/people/people.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { usePerson, useUpdatePerson } from './people-api.ts';
import { formToPersonRequest, personToForm } from './person-form-model.ts';
import { PersonForm } from './person-form.tsx';

export function PersonEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const person = usePerson(id);
  usePageTitle(t('people.form.editTitle', { name: person.data?.name ?? '' }));
  return (
    <RequireRole>
      <Stack gap="lg">
        <Anchor component={Link} to="/people" fz="sm">
          {t('people.form.backToList')}
        </Anchor>
        <QueryState query={person}>{(p) => <EditPerson key={p.id} person={p} reload={async () => (await person.refetch()).data} />}</QueryState>
      </Stack>
    </RequireRole>
  );
}

function EditPerson({ person, reload }: { person: Person; reload: () => Promise<Person | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useVersionedEdit({
    record: person,
    toValues: personToForm,
    toRequest: (values, version) => ({ version, ...formToPersonRequest(values) }),
    save: useUpdatePerson(person.id),
    onSaved: (saved) => {
      notifySuccess(t, t('people.form.saved', { name: saved.name }));
      navigate('/people');
    },
    reload,
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('people.form.editTitle', { name: person.name })}</Title>
      <PersonForm
        values={edit.values}
        onChange={edit.set}
        cityLocked={!person.can.changeCity}
        organisationLocked={!person.can.changeOrganisation}
        knownOrganisation={person.organisation}
        submitting={edit.saving}
        error={edit.error}
        submitLabel={t('common.actions.save')}
        cancelTo="/people"
        onSubmit={edit.submit}
      />
      <ConflictDialog {...edit.conflict} />
    </Stack>
  );
}
