import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PaperSection } from '../../components/paper-section.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useMe } from './account-api.ts';
import { AccountForm } from './account-form.tsx';
import { PasswordForm } from './password-form.tsx';
import { PersonalDataSection } from './personal-data-section.tsx';
import { TokensSection } from './tokens-section.tsx';

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
      <PaperSection id="settings-account" title={t('users.account.title')}>
        <QueryState query={me}>{(user) => <AccountForm me={user} reload={async () => (await me.refetch()).data} />}</QueryState>
      </PaperSection>
      <PaperSection id="settings-password" title={t('users.password.title')}>
        <PasswordForm />
      </PaperSection>
      <PaperSection id="settings-tokens" title={t('users.tokens.title')}>
        <TokensSection />
      </PaperSection>
      <PaperSection id="settings-personal-data" title={t('users.personalData.title')}>
        <PersonalDataSection />
      </PaperSection>
    </Stack>
  );
}
