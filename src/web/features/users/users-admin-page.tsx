import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PaperSection } from '../../components/paper-section.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteForm } from './invite-form.tsx';
import { UsersSection } from './users-section.tsx';

export function UsersAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.admin.title'));
  return (
    <RequireAbility ability="listUsers">
      <UsersAdmin />
    </RequireAbility>
  );
}

function UsersAdmin() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('users.admin.title')}</Title>
        <Text c="gray.7">{can.manageUsers ? t('users.admin.introAdmin') : t('users.admin.introCoordinator')}</Text>
      </div>
      <PaperSection id="invite-heading" title={t('users.invite.title')} intro={t('users.invite.intro')}>
        <InviteForm />
      </PaperSection>
      <section aria-labelledby="invitations-heading">
        <Title order={2} size="h3" id="invitations-heading" mb="sm">
          {t('users.invitations.title')}
        </Title>
        <InvitationsTable />
      </section>
      <section aria-labelledby="accounts-heading">
        <Title order={2} size="h3" id="accounts-heading" mb="sm">
          {t('users.accounts.title')}
        </Title>
        <UsersSection canEdit={can.manageUsers} />
      </section>
    </Stack>
  );
}
