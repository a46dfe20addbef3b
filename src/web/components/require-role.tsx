import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../shared/roles.ts';
import { useSession } from '../lib/session.tsx';
import { usePageTitle } from '../lib/use-page-title.ts';

/**
 * Shows its children to signed-in users (with one of the roles, if given); sends others to
 * sign in and back. The API checks again: this only spares people a page they cannot use.
 */
export function RequireRole({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center py="xl" role="status">
        <Loader size="sm" aria-hidden />
      </Center>
    );
  }
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (roles && !roles.includes(user.role)) return <NoAccess />;
  return <>{children}</>;
}

function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('common.noAccess.title'));
  return (
    <Stack>
      <Title order={1}>{t('common.noAccess.title')}</Title>
      <Alert color="orange">
        <Text>{t('common.noAccess.body')}</Text>
      </Alert>
    </Stack>
  );
}
