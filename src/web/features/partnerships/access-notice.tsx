import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Why a page cannot be shown: not signed in (with a way to sign in) or not allowed. */
export function AccessNotice({ reason }: { reason: 'unauthenticated' | 'forbidden' }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Alert color="indigo" title={t(`common.errors.${reason}`)} role="alert">
      {reason === 'unauthenticated' ? (
        <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('common.signIn')}
        </Anchor>
      ) : (
        <Text>{t('partnerships.create.forbidden')}</Text>
      )}
    </Alert>
  );
}
