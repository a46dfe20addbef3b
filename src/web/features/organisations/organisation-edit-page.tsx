import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { CompletenessPanel, focusFormTarget } from './completeness-panel.tsx';
import { formToRequest, organisationToForm } from './organisation-form-model.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { useOrganisation, useUpdateOrganisation } from './organisations-api.ts';

export function OrganisationEditPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(key);
  usePageTitle(t('organisations.form.editTitle', { name: organisation.data?.name ?? key }));
  return (
    <RequireRole>
      <Stack gap="lg">
        <Anchor component={Link} to={`/organisations/${key}`} fz="sm">
          {t('organisations.form.backToOrganisation')}
        </Anchor>
        <QueryState query={organisation}>
          {(org) => <EditOrganisation key={org.id} organisation={org} reload={async () => (await organisation.refetch()).data} />}
        </QueryState>
      </Stack>
    </RequireRole>
  );
}

function EditOrganisation({ organisation, reload }: { organisation: Organisation; reload: () => Promise<Organisation | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hash } = useLocation();
  // A link from the completeness panel names the field to fill in: lead the keyboard there.
  useEffect(() => {
    if (hash.length > 1) focusFormTarget(decodeURIComponent(hash.slice(1)));
  }, [hash]);
  const edit = useVersionedEdit({
    record: organisation,
    toValues: organisationToForm,
    toRequest: (values, version) => ({ version, ...formToRequest(values) }),
    save: useUpdateOrganisation(organisation.id),
    onSaved: (org) => {
      notifySuccess(t, t('organisations.form.saved', { name: org.name }));
      navigate(`/organisations/${org.key}`);
    },
    reload,
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('organisations.form.editTitle', { name: organisation.name })}</Title>
      {!organisation.can.edit && <Alert color="orange">{t('organisations.form.cannotEdit')}</Alert>}
      <OrganisationForm
        intro={organisation.completeness && <CompletenessPanel completeness={organisation.completeness} organisationKey={organisation.key} onForm />}
        values={edit.values}
        onChange={edit.set}
        mode="edit"
        cityLocked={!organisation.can.changeCity}
        submitting={edit.saving}
        error={edit.error}
        cancelTo={`/organisations/${organisation.key}`}
        onSubmit={edit.submit}
      />
      <ConflictDialog {...edit.conflict} />
    </Stack>
  );
}
