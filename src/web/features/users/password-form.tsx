import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { hasFieldErrors } from '../../lib/form-errors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useChangePassword } from './account-api.ts';
import { accountFieldError } from './field-error.ts';
import { PasswordFields } from './password-fields.tsx';
import { useNewPassword } from './use-new-password.ts';

/** Change one's own password; the API signs out every other session and revokes API tokens and calendar feeds. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!newPassword.check()) return;
    change.mutate(
      { currentPassword: current, newPassword: newPassword.password },
      {
        onSuccess: ({ revoked }) => {
          notifySuccess(t, t('users.password.changedRevoked', { tokens: revoked.apiTokens, feeds: revoked.calendarFeeds }), t('users.password.changedTitle'));
          setCurrent('');
          newPassword.clear();
        },
      },
    );
  }

  // Field errors are shown on the fields; the alert covers everything else.
  const generalError = change.error != null && !hasFieldErrors(change.error);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        {generalError && <ErrorAlert error={change.error} />}
        <PasswordInput
          label={t('users.password.current')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={accountFieldError(change.error, t, 'currentPassword', current)}
        />
        <PasswordFields {...newPassword.fields} error={accountFieldError(change.error, t, 'newPassword')} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('users.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
