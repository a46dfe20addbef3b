import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { RequireRole } from '../users/require-role.tsx';
import { OrganisationForm } from './organisation-form.tsx';
import { formToRequest, organisationToForm, type OrganisationFormValues } from './organisation-form-model.ts';
import { useOrganisation, useUpdateOrganisation } from './organisations-api.ts';
import { notifySuccess } from './notify.ts';

export function OrganisationEditPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(key);
  usePageTitle(t('organisations.form.editTitle', { name: organisation.data?.name ?? key }));
  // The form is rebuilt from the latest version after a conflict ("Reload").
  const [generation, setGeneration] = useState(0);

  return (
    <RequireRole>
      <Stack gap="lg">
        <Anchor component={Link} to={`/organisations/${key}`} fz="sm">
          {t('organisations.form.backToOrganisation')}
        </Anchor>
        <QueryState query={organisation}>
          {(org) => (
            <EditOrganisation
              key={`${org.id}-${generation}`}
              organisation={org}
              onReload={async () => {
                await organisation.refetch();
                setGeneration((g) => g + 1);
              }}
            />
          )}
        </QueryState>
      </Stack>
    </RequireRole>
  );
}

function EditOrganisation({ organisation, onReload }: { organisation: Organisation; onReload: () => Promise<void> }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const update = useUpdateOrganisation(organisation.id);
  const [initial] = useState(() => organisationToForm(organisation));
  const [conflict, setConflict] = useState(false);

  function submit(values: OrganisationFormValues) {
    update.mutate(
      { version: organisation.version, ...formToRequest(values) },
      {
        onSuccess: (org) => {
          notifySuccess(t, t('organisations.form.saved', { name: org.name }));
          navigate(`/organisations/${org.key}`);
        },
        onError: (error) => setConflict(error instanceof ApiError && error.isConflict),
      },
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('organisations.form.editTitle', { name: organisation.name })}</Title>
      {!organisation.canEdit && <Alert color="orange">{t('organisations.form.cannotEdit')}</Alert>}
      <OrganisationForm
        initial={initial}
        mode="edit"
        cityLocked={user?.role !== 'admin'}
        submitting={update.isPending}
        error={update.error}
        cancelTo={`/organisations/${organisation.key}`}
        onSubmit={submit}
      />
      <ConflictDialog opened={conflict} onClose={() => setConflict(false)} onReload={() => void onReload()} />
    </Stack>
  );
}
