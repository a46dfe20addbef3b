import { Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.tsx';
import { MyPartnerships } from './my-partnerships.tsx';
import { PublicPartnerships } from './public-partnerships.tsx';

/** The start page: a signed-in user's own partnerships, or the public overview for everyone else. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  if (loading) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-hidden size="sm" mr="sm" />
        <Text c="gray.7">{t('common.loading')}</Text>
      </Center>
    );
  }
  return user ? <MyPartnerships user={user} /> : <PublicPartnerships />;
}
