import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useRequestPasswordReset } from './account-api.ts';
import { PublicCard } from './public-card.tsx';

export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('users.forgot.title'));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const locale = (uiLocales as readonly string[]).includes(uiLanguage(i18n)) ? (uiLanguage(i18n) as UiLocale) : undefined;
    request.mutate({ email, locale });
  }

  // The answer is the same whether or not an account exists, so the page says only that.
  if (request.isSuccess) {
    return (
      <PublicCard title={t('users.forgot.title')}>
        <Alert color="green" role="status" styles={readableTitle} title={t('users.forgot.sentTitle')}>
          {t('users.forgot.sent', { email })}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('users.forgot.backToSignIn')}
        </Anchor>
      </PublicCard>
    );
  }

  const emailError = fieldErrorFor(request.error, t, 'email');
  const showAlert = request.error != null && !(request.error instanceof ApiError && emailError);
  return (
    <PublicCard title={t('users.forgot.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('users.forgot.intro')}</Text>
          {showAlert && <ErrorAlert error={request.error} />}
          <TextInput
            label={t('users.fields.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={emailError}
          />
          <Button type="submit" loading={request.isPending}>
            {t('users.forgot.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('users.forgot.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </PublicCard>
  );
}
