import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AccountForm } from './account-form.tsx';
import { useMe } from './account-api.ts';
import { PasswordForm } from './password-form.tsx';
import { RequireRole } from './require-role.tsx';
import { TokensSection } from './tokens-section.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.settings.title'));
  return (
    <RequireRole>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack gap="xl">
      <Title order={1}>{t('users.settings.title')}</Title>
      <Section id="settings-account" title={t('users.account.title')}>
        <QueryState query={me}>
          {(user) => <AccountForm key={user.version} me={user} onReload={() => void me.refetch()} />}
        </QueryState>
      </Section>
      <Section id="settings-password" title={t('users.password.title')}>
        <PasswordForm />
      </Section>
      <Section id="settings-tokens" title={t('users.tokens.title')}>
        <TokensSection />
      </Section>
    </Stack>
  );
}
