import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { languageNames } from '../../lib/i18n.ts';
import { accountFieldError } from './field-error.ts';
import { useUpdateMe } from './account-api.ts';
import { uiLanguage } from '../organisations/language-options.ts';
import { notifySuccess } from '../organisations/notify.ts';

/** Display name and preferred language (used for the interface and for mail). */
export function AccountForm({ me, onReload }: { me: User; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState(me.locale ?? '');
  const [conflict, setConflict] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    update.mutate(
      { displayName, locale: (locale || null) as UiLocale | null, version: me.version },
      {
        onSuccess: (saved) => {
          notifySuccess(t, t('users.account.saved'));
          if (saved.locale && saved.locale !== uiLanguage(i18n)) void i18n.changeLanguage(saved.locale);
        },
        onError: (error) => setConflict(error instanceof ApiError && error.isConflict),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.error != null && (
          <Alert color="red" role="alert">
            {errorMessage(update.error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.fields.name')}
            required
            autoComplete="name"
            value={displayName}
            maxLength={200}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={accountFieldError(update.error, t, 'displayName', displayName)}
          />
          <TextInput label={t('users.fields.email')} value={me.email} readOnly description={t('users.account.emailFixed')} />
          <NativeSelect
            label={t('users.account.language')}
            description={t('users.account.languageHint')}
            data={[
              { value: '', label: t('users.account.languageNone') },
              ...uiLocales.map((l) => ({ value: l, label: languageNames[l] })),
            ]}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value)}
            error={accountFieldError(update.error, t, 'locale')}
          />
          <div>
            <Text fz="sm" fw={500}>
              {t('users.fields.role')}
            </Text>
            <Text>
              {t(`common.roles.${me.role}`)}
              {me.organisationName ? ` · ${me.organisationName}` : ''}
              {me.cityName ? ` · ${me.cityName}` : ''}
            </Text>
          </div>
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={conflict} onClose={() => setConflict(false)} onReload={onReload} />
    </form>
  );
}
