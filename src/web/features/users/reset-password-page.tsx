import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCompletePasswordReset } from './account-api.ts';
import { accountFieldError } from './field-error.ts';
import { PasswordFields, passwordsAcceptable } from './password-fields.tsx';
import { PublicCard } from './public-card.tsx';
import { readableTitle } from '../organisations/readable-alert.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!passwordsAcceptable(password, confirm)) return;
    complete.mutate({ token, password });
  }

  if (complete.isSuccess) {
    return (
      <PublicCard title={t('users.reset.title')}>
        <Alert color="green" role="status" styles={readableTitle} title={t('users.reset.doneTitle')}>
          {t('users.reset.done')}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t('users.reset.signIn')}
        </Button>
      </PublicCard>
    );
  }

  const tokenRejected =
    !token || (complete.error instanceof ApiError && complete.error.fields.some((f) => f.path === 'token'));
  if (tokenRejected) {
    return (
      <PublicCard title={t('users.reset.title')}>
        <Alert color="red" role="alert" styles={readableTitle} title={t('users.reset.invalidTitle')}>
          {t('users.reset.invalid')}
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          {t('users.reset.requestNew')}
        </Anchor>
      </PublicCard>
    );
  }

  const passwordError = accountFieldError(complete.error, t, 'password');
  return (
    <PublicCard title={t('users.reset.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('users.reset.intro')}</Text>
          {complete.error != null && !passwordError && (
            <Alert color="red" role="alert">
              {errorMessage(complete.error, t)}
            </Alert>
          )}
          <PasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            error={passwordError}
            showMismatch={tried}
          />
          <Button type="submit" loading={complete.isPending}>
            {t('users.reset.submit')}
          </Button>
        </Stack>
      </form>
    </PublicCard>
  );
}
