import { Anchor, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Person } from '../../../features/people/people.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { RequireRole } from '../users/require-role.tsx';
import { PersonForm } from './person-form.tsx';
import { formToPersonRequest, personToForm, type PersonFormValues } from './person-form-model.ts';
import { usePerson, useUpdatePerson } from './people-api.ts';
import { notifySuccess } from '../organisations/notify.ts';

export function PersonEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const person = usePerson(id);
  usePageTitle(t('people.form.editTitle', { name: person.data?.name ?? '' }));
  // After a conflict, "Reload" rebuilds the form from the latest version.
  const [generation, setGeneration] = useState(0);
  return (
    <RequireRole>
      <Stack gap="lg">
        <Anchor component={Link} to="/people" fz="sm">
          {t('people.form.backToList')}
        </Anchor>
        <QueryState query={person}>
          {(p) => (
            <EditPerson
              key={`${p.id}-${generation}`}
              person={p}
              onReload={async () => {
                await person.refetch();
                setGeneration((g) => g + 1);
              }}
            />
          )}
        </QueryState>
      </Stack>
    </RequireRole>
  );
}

function EditPerson({ person, onReload }: { person: Person; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const update = useUpdatePerson(person.id);
  const [initial] = useState(() => personToForm(person));
  const [conflict, setConflict] = useState(false);

  function submit(values: PersonFormValues) {
    update.mutate(
      { version: person.version, ...formToPersonRequest(values) },
      {
        onSuccess: (saved) => {
          notifySuccess(t, t('people.form.saved', { name: saved.name }));
          navigate('/people');
        },
        onError: (error) => setConflict(error instanceof ApiError && error.isConflict),
      },
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('people.form.editTitle', { name: person.name })}</Title>
      <PersonForm
        initial={initial}
        cityLocked={user?.role !== 'admin'}
        organisationLocked={user?.role === 'org-editor'}
        knownOrganisation={person.organisation}
        submitting={update.isPending}
        error={update.error}
        submitLabel={t('common.actions.save')}
        cancelTo="/people"
        onSubmit={submit}
      />
      <ConflictDialog opened={conflict} onClose={() => setConflict(false)} onReload={() => void onReload()} />
    </Stack>
  );
}
