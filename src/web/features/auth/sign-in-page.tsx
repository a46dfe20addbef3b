import { Alert, Anchor, Button, Divider, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signOnErrorCodes, type SignInProvidersResponse, type SignOnErrorCode } from '../../../features/single-sign-on/single-sign-on.schemas.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { apiGet } from '../../lib/api-client.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('auth.signIn.title'));
  const providers = useQuery({ queryKey: ['auth-providers'], queryFn: () => apiGet<SignInProvidersResponse>('/api/auth/providers'), staleTime: Infinity });
  const singleSignOn = providers.data?.singleSignOn;
  // Single sign-on comes back here with a code when it could not sign the reader in.
  const sentError = params.get('sso_error');
  const ssoError = sentError && (signOnErrorCodes.includes(sentError as SignOnErrorCode) ? sentError : 'sso_failed');
  const next = params.get('next');
  const safeNext = next?.startsWith('/') && !next.startsWith('//') ? next : '/';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
      navigate(safeNext);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('auth.signIn.title')}
          </Title>
          {ssoError && (
            <Alert color="red" role="alert">
              {t(`auth.signIn.ssoErrors.${ssoError}`)}
            </Alert>
          )}
          {singleSignOn && (
            <>
              {/* A plain link: the browser goes to the identity provider and comes back signed in. */}
              <Button
                component="a"
                href={`/api/auth/oidc/start?next=${encodeURIComponent(safeNext)}`}
                variant="filled"
                // A city's name can be long: let the label wrap on a phone rather than overflow.
                h="auto"
                mih={36}
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              >
                {t('auth.signIn.withProvider', { label: singleSignOn.label })}
              </Button>
              <Divider label={t('auth.signIn.orPassword')} labelPosition="center" />
            </>
          )}
          <ErrorAlert error={error} />
          <TextInput
            label={t('auth.signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} variant={singleSignOn ? 'default' : 'filled'}>
            {t('auth.signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.signIn.forgot')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
