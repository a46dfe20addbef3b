import { Alert, Button, Checkbox, Fieldset, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, RegisterForActivityRequest } from '../../../features/activities/activities.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { uiLocaleOf } from '../../lib/localised-text-form.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useCancelRegistration, useRegister } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';
import { genderList } from './activity-labels.ts';

type Role = RegisterForActivityRequest['role'];

/** The reader's own registration: its state and a cancel button, or the form to register, or why registering is closed. */
export function RegistrationSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const mine = activity.myRegistration && activity.myRegistration.status !== 'cancelled' ? activity.myRegistration : null;
  const cancel = useCancelRegistration(activity.id);
  const r = activity.registration;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="activity-registration">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="activity-registration">
          {t('activities.registration.title')}
        </Title>
        <Text fz="sm">
          {activity.capacity === null
            ? t('activities.registeredCount', { count: activity.registered })
            : t('activities.registration.placesLeft', { count: r.placesLeft ?? 0, capacity: activity.capacity })}
          {r.waiting > 0 ? ` · ${t('activities.registration.waitingCount', { count: r.waiting })}` : ''}
        </Text>
        {mine ? (
          <>
            <Alert color={mine.status === 'waiting' ? 'yellow' : 'teal'} role="status">
              {mine.status === 'waiting'
                ? t('activities.registration.youWait', { position: mine.waitingPosition ?? '?' })
                : t('activities.registration.youAreRegistered')}
            </Alert>
            {mine.can.cancel && (
              <ConfirmButton
                title={t('activities.registration.cancelTitle')}
                message={t('activities.registration.cancelMessage')}
                confirmLabel={t('activities.registration.cancel')}
                loading={cancel.isPending}
                onConfirm={() => cancel.mutateAsync().then(() => undefined)}
              >
                {t('activities.registration.cancel')}
              </ConfirmButton>
            )}
            <ActivityErrorAlert error={cancel.error} />
          </>
        ) : activity.can.register ? (
          <RegisterForm activity={activity} />
        ) : (
          <Text c="gray.7">
            {!user
              ? t('activities.registration.signInToRegister')
              : r.closedBecause
                ? t(`activities.registration.closed.${r.closedBecause}`)
                : t('activities.registration.notForYou')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function RegisterForm({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const register = useRegister(activity.id);
  const [role, setRole] = useState<Role>('participant');
  const [language, setLanguage] = useState(uiLocaleOf(uiLanguage(i18n)));
  const [country, setCountry] = useState('');
  const [gender, setGender] = useState('');
  const [needs, setNeeds] = useState({ interpretation: '', accessibility: '', diet: '' });
  const [listed, setListed] = useState(false);
  const err = (path: string) => fieldErrorFor(register.error, t, path);
  const orNull = (s: string) => s.trim() || null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const hasNeeds = Object.values(needs).some((v) => v.trim());
    register.mutate({
      role,
      language,
      ...(country.trim() ? { country: country.trim() } : {}),
      gender: (gender || null) as RegisterForActivityRequest['gender'],
      ...(hasNeeds ? { needs: { interpretation: orNull(needs.interpretation), accessibility: orNull(needs.accessibility), diet: orNull(needs.diet) } } : {}),
      listed,
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('activities.registration.formLabel')}>
      <Stack gap="sm">
        <ActivityErrorAlert error={register.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('activities.registration.role')}
            data={(['participant', 'speaker'] as const).map((r) => ({ value: r, label: t(`activities.role.${r}`) }))}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            error={err('role')}
          />
          <NativeSelect
            label={t('activities.registration.language')}
            description={t('activities.registration.languageHint')}
            data={uiLocaleOptions()}
            value={language}
            onChange={(e) => setLanguage(uiLocaleOf(e.currentTarget.value))}
            error={err('language')}
          />
          <TextInput
            label={t('activities.registration.country')}
            description={t('activities.registration.countryHint')}
            maxLength={2}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value)}
            error={err('country')}
          />
          <NativeSelect
            label={t('activities.registration.gender')}
            description={t('activities.registration.genderHint')}
            data={[{ value: '', label: t('activities.gender.notStated') }, ...genderList.map((g) => ({ value: g, label: t(`activities.gender.${g}`) }))]}
            value={gender}
            onChange={(e) => setGender(e.currentTarget.value)}
            error={err('gender')}
          />
        </SimpleGrid>
        <Fieldset legend={t('activities.registration.needs')}>
          <Text fz="sm" c="gray.7" mb="xs">
            {t('activities.registration.needsNote', { count: activity.needsRetentionDays })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['interpretation', 'accessibility', 'diet'] as const).map((k) => (
              <TextInput
                key={k}
                label={t(`activities.needs.${k}`)}
                value={needs[k]}
                onChange={(e) => setNeeds({ ...needs, [k]: e.currentTarget.value })}
                error={err(`needs.${k}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Checkbox label={t('activities.registration.listed')} checked={listed} onChange={(e) => setListed(e.currentTarget.checked)} />
        <div>
          <Button type="submit" loading={register.isPending}>
            {t('activities.registration.register')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
