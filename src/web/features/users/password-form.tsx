import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { useChangePassword } from './account-api.ts';
import { accountFieldError } from './field-error.ts';
import { PasswordFields, passwordsAcceptable } from './password-fields.tsx';
import { notifySuccess } from '../organisations/notify.ts';

/** Change one's own password; the API signs out every other session. */
export function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!passwordsAcceptable(password, confirm)) return;
    change.mutate(
      { currentPassword: current, newPassword: password },
      {
        onSuccess: () => {
          notifySuccess(t, t('users.password.changed'), t('users.password.changedTitle'));
          setCurrent('');
          setPassword('');
          setConfirm('');
          setTried(false);
        },
      },
    );
  }

  // Field errors are shown on the fields; the alert covers everything else.
  const generalError = change.error != null && !(change.error instanceof ApiError && change.error.fields.length > 0);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        {generalError && (
          <Alert color="red" role="alert">
            {errorMessage(change.error, t)}
          </Alert>
        )}
        <PasswordInput
          label={t('users.password.current')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={accountFieldError(change.error, t, 'currentPassword', current)}
        />
        <PasswordFields
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          error={accountFieldError(change.error, t, 'newPassword')}
          showMismatch={tried}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('users.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
