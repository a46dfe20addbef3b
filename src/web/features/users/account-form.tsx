import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useVersionedEdit } from '../../lib/use-versioned-edit.ts';
import { useUpdateMe } from './account-api.ts';
import { accountFieldError } from './field-error.ts';

/** Display name and preferred language (used for the interface and for mail). */
export function AccountForm({ me, reload }: { me: User; reload: () => Promise<User | undefined> }) {
  const { t, i18n } = useTranslation();
  const edit = useVersionedEdit({
    record: me,
    toValues: (u) => ({ displayName: u.displayName, locale: u.locale ?? '' }),
    toRequest: ({ displayName, locale }, version) => ({ displayName, locale: (locale || null) as UiLocale | null, version }),
    save: useUpdateMe(),
    onSaved: (saved) => {
      notifySuccess(t, t('users.account.saved'));
      if (saved.locale && saved.locale !== uiLanguage(i18n)) void i18n.changeLanguage(saved.locale);
    },
    reload,
  });
  const { values, set, error } = edit;

  return (
    <form onSubmit={edit.submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.fields.name')}
            required
            autoComplete="name"
            value={values.displayName}
            maxLength={200}
            onChange={(e) => set({ displayName: e.currentTarget.value })}
            error={accountFieldError(error, t, 'displayName', values.displayName)}
          />
          <TextInput label={t('users.fields.email')} value={me.email} readOnly description={t('users.account.emailFixed')} />
          <NativeSelect
            label={t('users.account.language')}
            description={t('users.account.languageHint')}
            data={[{ value: '', label: t('users.account.languageNone') }, ...uiLocaleOptions()]}
            value={values.locale}
            onChange={(e) => set({ locale: e.currentTarget.value })}
            error={accountFieldError(error, t, 'locale')}
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
          <Button type="submit" loading={edit.saving}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog {...edit.conflict} />
    </form>
  );
}
