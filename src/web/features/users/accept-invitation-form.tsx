import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InvitationLookup } from '../../../features/users/invitations.schemas.ts';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { accountFieldError } from './field-error.ts';
import { useAcceptInvitation } from './invitations-api.ts';
import { PasswordFields } from './password-fields.tsx';
import { useNewPassword } from './use-new-password.ts';

/** Name and password for the invited account; on success the new session is adopted. */
export function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const { t } = useTranslation();
  const { adopt } = useSession();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [displayName, setDisplayName] = useState('');
  const newPassword = useNewPassword();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!newPassword.check()) return;
    accept.mutate(
      { token, displayName, password: newPassword.password },
      {
        onSuccess: (session) => {
          adopt(session);
          notifySuccess(t, t('users.accept.welcome', { name: session.user?.displayName ?? displayName }));
          navigate('/');
        },
      },
    );
  }

  const scope = [invitation.organisationName, invitation.cityName].filter(Boolean).join(', ');
  const tokenError = accept.error instanceof ApiError ? accept.error.fields.find((f) => f.path === 'token') : undefined;
  const nameError = accountFieldError(accept.error, t, 'displayName', displayName);
  const passwordError = accountFieldError(accept.error, t, 'password');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {scope
            ? t('users.accept.introScoped', { role: t(`common.roles.${invitation.role}`), scope })
            : t('users.accept.intro', { role: t(`common.roles.${invitation.role}`) })}
        </Text>
        {accept.error != null && !nameError && !passwordError && (
          <Alert color="red" role="alert">
            {tokenError
              ? t(`users.accept.reasons.${tokenError.rule === 'accepted' ? 'used' : tokenError.rule}`, {
                  defaultValue: t('users.accept.reasons.invalid'),
                })
              : errorMessage(accept.error, t)}
          </Alert>
        )}
        <TextInput label={t('users.fields.email')} value={invitation.email} readOnly autoComplete="username" />
        <TextInput
          label={t('users.accept.displayName')}
          description={t('users.accept.displayNameHint')}
          required
          autoComplete="name"
          maxLength={200}
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={nameError}
        />
        <PasswordFields {...newPassword.fields} error={passwordError} />
        <Button type="submit" loading={accept.isPending}>
          {t('users.accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}
