import { Alert, Button, CopyButton, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles.ts';
import { uiLocales, type UiLocale } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { accountFieldError } from './field-error.ts';
import { useCreateInvitation } from './invitations-api.ts';
import { needsCity, needsOrganisation, roleOptions } from './role-options.ts';
import { ScopeSelects } from './scope-selects.tsx';

/** Invite someone by e-mail; coordinators invite for their own city only. */
export function InviteForm() {
  const { t, i18n } = useTranslation();
  const { user, can } = useSession();
  const anyCity = can.inviteForAnyCity;
  const invite = useCreateInvitation();
  const initial = () => ({
    email: '',
    role: 'member' as Role,
    cityId: anyCity ? '' : (user?.cityId ?? ''),
    organisationId: '',
    locale: (uiLocales.includes(uiLanguage(i18n) as UiLocale) ? uiLanguage(i18n) : 'en') as UiLocale,
  });
  const [values, setValues] = useState(initial);
  // Without a mail server the invitation waits in the outbox; the inviter gets the link to pass on.
  const [heldLink, setHeldLink] = useState<{ email: string; link: string } | null>(null);
  const set = (patch: Partial<ReturnType<typeof initial>>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate(
      {
        email: values.email,
        role: values.role,
        cityId: needsCity(values.role) ? values.cityId || null : null,
        organisationId: needsOrganisation(values.role) ? values.organisationId || null : null,
        locale: values.locale,
      },
      {
        onSuccess: (invitation) => {
          setHeldLink(invitation.acceptLink ? { email: invitation.email, link: invitation.acceptLink } : null);
          notifySuccess(
            t,
            anyCity ? t('users.invite.sentAdmin', { email: invitation.email }) : t('users.invite.sent', { email: invitation.email }),
            t('users.invite.sentTitle'),
          );
          setValues(initial());
          invite.reset();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={invite.error} />
        {heldLink && (
          <Alert color="yellow" title={t('users.invite.heldTitle')} role="status" styles={readableTitle}>
            <Stack gap="xs">
              <Text fz="sm" c="dark.7">
                {t('users.invite.heldBody', { email: heldLink.email })}
              </Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput label={t('users.invite.linkLabel')} value={heldLink.link} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton value={heldLink.link}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy}>
                      {copied ? t('users.invite.copied') : t('users.invite.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            autoComplete="off"
            value={values.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={accountFieldError(invite.error, t, 'email', values.email)}
          />
          <NativeSelect
            label={t('users.fields.role')}
            required
            data={roleOptions(can.inviteRoles, t)}
            value={values.role}
            onChange={(e) => set({ role: e.currentTarget.value as Role, organisationId: '' })}
            error={accountFieldError(invite.error, t, 'role')}
          />
          <ScopeSelects
            role={values.role}
            cityId={values.cityId}
            organisationId={values.organisationId}
            cityLocked={!anyCity}
            error={invite.error}
            onChange={set}
          />
          <NativeSelect
            label={t('users.invite.mailLanguage')}
            data={uiLocaleOptions()}
            value={values.locale}
            onChange={(e) => set({ locale: e.currentTarget.value as UiLocale })}
            error={accountFieldError(invite.error, t, 'locale')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('users.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
