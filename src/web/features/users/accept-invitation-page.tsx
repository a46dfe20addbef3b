import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { InvitationLookup } from '../../../features/users/invitations.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';
import { useInvitationLookup } from './invitations-api.ts';
import { PublicCard } from './public-card.tsx';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.accept.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useInvitationLookup(token);

  if (token.length < 10 || (lookup.error instanceof ApiError && lookup.error.status === 404)) {
    return <InvitationUnusable reason="invalid" />;
  }
  return (
    <PublicCard title={t('users.accept.title')}>
      <QueryState query={lookup}>
        {(invitation) =>
          invitation.valid ? <AcceptInvitationForm token={token} invitation={invitation} /> : <UnusableBody reason={invitation.reason ?? 'invalid'} />
        }
      </QueryState>
    </PublicCard>
  );
}

type Reason = NonNullable<InvitationLookup['reason']> | 'invalid';

function InvitationUnusable({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  return (
    <PublicCard title={t('users.accept.title')}>
      <UnusableBody reason={reason} />
    </PublicCard>
  );
}

function UnusableBody({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" role="alert" styles={readableTitle} title={t('users.accept.unusableTitle')}>
        <Text>{t(`users.accept.reasons.${reason}`)}</Text>
      </Alert>
      <Anchor component={Link} to="/sign-in">
        {t('users.accept.signIn')}
      </Anchor>
    </Stack>
  );
}
