import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCompletePasswordReset } from './account-api.ts';
import { accountFieldError } from './field-error.ts';
import { PasswordFields } from './password-fields.tsx';
import { PublicCard } from './public-card.tsx';
import { useNewPassword } from './use-new-password.ts';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const complete = useCompletePasswordReset();
  const newPassword = useNewPassword();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!newPassword.check()) return;
    complete.mutate({ token, password: newPassword.password });
  }

  if (complete.isSuccess) {
    return (
      <PublicCard title={t('users.reset.title')}>
        <Alert color="green" role="status" styles={readableTitle} title={t('users.reset.doneTitle')}>
          {t('users.reset.doneRevoked', { tokens: complete.data.revoked.apiTokens, feeds: complete.data.revoked.calendarFeeds })}
        </Alert>
        <Button component={Link} to="/sign-in">
          {t('users.reset.signIn')}
        </Button>
      </PublicCard>
    );
  }

  const tokenRejected = !token || (complete.error instanceof ApiError && complete.error.fields.some((f) => f.path === 'token'));
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
          {complete.error != null && !passwordError && <ErrorAlert error={complete.error} />}
          <PasswordFields {...newPassword.fields} error={passwordError} />
          <Button type="submit" loading={complete.isPending}>
            {t('users.reset.submit')}
          </Button>
        </Stack>
      </form>
    </PublicCard>
  );
}
