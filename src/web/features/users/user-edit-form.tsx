import { Alert, Button, Checkbox, Group, NativeSelect, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../features/auth/roles.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { accountFieldError } from './field-error.ts';
import { roleOptions } from './role-options.ts';
import { ScopeSelects } from './scope-selects.tsx';

export interface UserEditValues {
  role: Role;
  cityId: string;
  organisationId: string;
  disabled: boolean;
}

interface Props {
  values: UserEditValues;
  onChange: (values: UserEditValues) => void;
  error: unknown;
  submitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Role, scope and access of one account (administrators only). */
export function UserEditForm({ values, onChange, error, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<UserEditValues>) => onChange({ ...values, ...patch });
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error != null && (
          <Alert color="red" role="alert">
            {errorMessage(error, t)}
          </Alert>
        )}
        <NativeSelect
          label={t('users.fields.role')}
          required
          data={roleOptions(roles, t)}
          value={values.role}
          onChange={(e) => set({ role: e.currentTarget.value as Role })}
          error={accountFieldError(error, t, 'role')}
        />
        <ScopeSelects
          role={values.role}
          cityId={values.cityId}
          organisationId={values.organisationId}
          cityLocked={false}
          error={error}
          onChange={set}
        />
        <Checkbox
          label={t('users.edit.disabled')}
          description={t('users.edit.disabledHint')}
          checked={values.disabled}
          onChange={(e) => set({ disabled: e.currentTarget.checked })}
          error={accountFieldError(error, t, 'disabled')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
