import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { hasFieldErrors } from '../../lib/form-errors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { MY_DATA_EXPORT_URL, useEraseMe } from './account-api.ts';
import { accountFieldError } from './field-error.ts';

/** "Your data": download everything Pontis holds about you, or delete your account. */
export function PersonalDataSection() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>{t('users.personalData.downloadIntro')}</Text>
        {/* A plain link: the browser saves the attachment, with the session cookie sent along. */}
        <Button component="a" href={MY_DATA_EXPORT_URL} download variant="light">
          {t('users.personalData.download')}
        </Button>
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h4" id="delete-account-heading">
          {t('users.personalData.deleteTitle')}
        </Title>
        <Text>{t('users.personalData.deleteIntro')}</Text>
        <DeleteAccount />
      </Stack>
    </Stack>
  );
}

function DeleteAccount() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const erase = useEraseMe();
  const [opened, { open, close }] = useDisclosure(false);
  const [password, setPassword] = useState('');

  function closeDialog() {
    setPassword('');
    erase.reset();
    close();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    erase.mutate(
      { password },
      {
        onSuccess: () => {
          notifySuccess(t, t('users.personalData.deleted'));
          close();
          void navigate('/');
          // Signed out now: every cached answer belonged to the deleted account.
          void queryClient.invalidateQueries();
        },
      },
    );
  }

  const generalError = erase.error != null && !hasFieldErrors(erase.error);
  return (
    <>
      {/* A subtle dark red keeps the label above 4.5:1 contrast. */}
      <Button variant="outline" color="red.9" c="red.9" onClick={open}>
        {t('users.personalData.deleteButton')}
      </Button>
      <FormModal opened={opened} onClose={closeDialog} title={t('users.personalData.confirmTitle')} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('users.personalData.confirmMessage')}</Text>
            {generalError && <ErrorAlert error={erase.error} />}
            <PasswordInput
              label={t('users.personalData.password')}
              autoComplete="current-password"
              required
              data-autofocus
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={accountFieldError(erase.error, t, 'password', password)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={closeDialog}>
                {t('common.actions.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={erase.isPending}>
                {t('users.personalData.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </>
  );
}
