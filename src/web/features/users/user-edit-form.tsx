import { Button, Checkbox, Group, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/roles.ts';
import type { User } from '../../../features/users/users.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notifySuccess } from '../../lib/notify.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { accountFieldError } from './field-error.ts';
import { needsCity, needsOrganisation, roleOptions } from './role-options.ts';
import { ScopeSelects } from './scope-selects.tsx';
import { useUpdateUser } from './users-api.ts';

const toValues = (u: User) => ({
  role: u.role,
  cityId: u.cityId ?? '',
  organisationId: u.organisationId ?? '',
  disabled: u.disabled,
});

interface Props {
  user: User;
  onDone: () => void;
  /** The latest version of the account, null if it is gone. */
  reload: () => Promise<User | null | undefined>;
}

/** Role, scope and access of one account (administrators only). */
export function UserEditForm({ user, onDone, reload }: Props) {
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    record: user,
    toValues,
    toRequest: (values, version) => ({
      id: user.id,
      body: {
        role: values.role,
        cityId: needsCity(values.role) ? values.cityId || null : null,
        organisationId: needsOrganisation(values.role) ? values.organisationId || null : null,
        disabled: values.disabled,
        version,
      },
    }),
    save: useUpdateUser(),
    onSaved: (saved) => {
      notifySuccess(t, t('users.edit.saved', { name: saved.displayName }));
      onDone();
    },
    reload,
    onGone: onDone,
  });
  const { values, set, error } = edit;
  return (
    <form onSubmit={edit.submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <NativeSelect
          label={t('users.fields.role')}
          required
          data={roleOptions(roles, t)}
          value={values.role}
          onChange={(e) => set({ role: e.currentTarget.value as Role })}
          error={accountFieldError(error, t, 'role')}
        />
        <ScopeSelects role={values.role} cityId={values.cityId} organisationId={values.organisationId} cityLocked={false} error={error} onChange={set} />
        <Checkbox
          label={t('users.edit.disabled')}
          description={t('users.edit.disabledHint')}
          checked={values.disabled}
          onChange={(e) => set({ disabled: e.currentTarget.checked })}
          error={accountFieldError(error, t, 'disabled')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={edit.saving}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog {...edit.conflict} />
    </form>
  );
}
