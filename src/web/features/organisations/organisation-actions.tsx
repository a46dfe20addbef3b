import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifySuccess, notifyError } from '../../lib/notify.ts';
import { useDeleteOrganisation } from './organisations-api.ts';

export function OrganisationActions({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteOrganisation();

  async function onDelete() {
    try {
      await remove.mutateAsync(organisation.id);
      notifySuccess(t, t('organisations.detail.deleted', { name: organisation.name }));
      navigate('/organisations');
    } catch (error) {
      const message = error instanceof ApiError && error.code === 'in_use' ? t('organisations.delete.inUse') : errorMessage(error, t);
      notifyError(t, message, t('common.errors.title'));
    }
  }

  return (
    <Group gap="sm">
      {organisation.can.edit && (
        <Button component={Link} to={`/organisations/${organisation.key}/edit`}>
          {t('organisations.detail.edit')}
        </Button>
      )}
      {organisation.can.readHistory && (
        <Button component={Link} to={`/history/organisation/${organisation.id}`} variant="default">
          {t('common.actions.history')}
        </Button>
      )}
      {organisation.can.delete && (
        <ConfirmButton
          title={t('organisations.delete.title')}
          message={t('organisations.delete.message', { name: organisation.name })}
          confirmLabel={t('organisations.delete.confirm')}
          onConfirm={onDelete}
          loading={remove.isPending}
        >
          {t('common.actions.delete')}
        </ConfirmButton>
      )}
    </Group>
  );
}
