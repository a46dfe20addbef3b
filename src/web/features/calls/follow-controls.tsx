import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, fieldErrorFor } from '../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { useFollow, useFollowedCalls, usePartnerships, useUnfollow } from './calls-api.ts';

/**
 * Follow / Unfollow, and for users of a partnership's cities the choice to follow for that
 * partnership (its calendar feed then shows the call). The API decides; this only offers.
 */
export function FollowControls({ identifier }: { identifier: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const followed = useFollowedCalls(!!user);
  const partnerships = usePartnerships();
  const follow = useFollow();
  const unfollow = useUnfollow();
  const current = followed.data?.find((f) => f.call.identifier === identifier);
  const mine = (partnerships.data ?? []).filter((p) => p.can.followCalls);
  const [partnershipId, setPartnershipId] = useState('');

  if (!user) {
    return (
      <Text>
        <Link to="/sign-in">{t('calls.detail.signInToFollow')}</Link>
      </Text>
    );
  }
  const save = (pid: string | null) =>
    follow.mutate(
      { identifier, partnershipId: pid },
      { onSuccess: () => notifySuccess(t, t('calls.detail.followed')), onError: (e) => notifyError(t, errorMessage(e, t)) },
    );

  return (
    <Stack gap="xs">
      {current && <Text fz="sm">{current.partnership ? t('calls.detail.followingFor', { name: current.partnership.name }) : t('calls.detail.following')}</Text>}
      <Group gap="sm" align="flex-end" wrap="wrap">
        {mine.length > 0 && (
          <NativeSelect
            label={t('calls.detail.followFor')}
            value={partnershipId || current?.partnership?.id || ''}
            onChange={(e) => {
              setPartnershipId(e.currentTarget.value);
              if (current) save(e.currentTarget.value || null);
            }}
            data={[{ value: '', label: t('calls.detail.followForNone') }, ...mine.map((p) => ({ value: p.id, label: p.name }))]}
            error={fieldErrorFor(follow.error, t, 'partnershipId')}
          />
        )}
        {current ? (
          <Button
            variant="outline"
            loading={unfollow.isPending}
            onClick={() =>
              unfollow.mutate(identifier, {
                onSuccess: () => notifySuccess(t, t('calls.detail.unfollowed')),
                onError: (e) => notifyError(t, errorMessage(e, t)),
              })
            }
          >
            {t('calls.detail.unfollow')}
          </Button>
        ) : (
          <Button loading={follow.isPending} onClick={() => save(partnershipId || null)}>
            {t('calls.detail.follow')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
