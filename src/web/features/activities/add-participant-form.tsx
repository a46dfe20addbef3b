import { Button, Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, AddParticipantRequest } from '../../../features/activities/activities.schemas.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useAddParticipant } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';

type Role = AddParticipantRequest['role'];
const empty = {
  displayName: '',
  email: '',
  organisationName: '',
  cityName: '',
  country: '',
  role: 'delegate' as Role,
  language: 'en' as AddParticipantRequest['language'],
  listed: false,
};

/** A coordinator adds a member of a delegation, with or without an account. */
export function AddParticipantForm({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const add = useAddParticipant(activity.id);
  const [v, setV] = useState(empty);
  const set = (patch: Partial<typeof empty>) => setV((old) => ({ ...old, ...patch }));
  const err = (path: string) => fieldErrorFor(add.error, t, path);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        displayName: v.displayName,
        email: v.email.trim() || null,
        organisationName: v.organisationName.trim() || null,
        cityName: v.cityName.trim() || null,
        country: v.country,
        role: v.role,
        language: v.language,
        listed: v.listed,
      },
      {
        onSuccess: () => {
          setV(empty);
          notifySuccess(t, t('activities.organise.added'));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('activities.organise.addTitle')}>
      <Stack gap="sm">
        <ActivityErrorAlert error={add.error && !fieldErrorFor(add.error, t, 'displayName') ? add.error : null} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('activities.organise.name')}
            required
            value={v.displayName}
            onChange={(e) => set({ displayName: e.currentTarget.value })}
            error={err('displayName')}
          />
          <TextInput
            type="email"
            label={t('activities.organise.email')}
            value={v.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={err('email')}
          />
          <TextInput
            label={t('activities.organise.organisation')}
            value={v.organisationName}
            onChange={(e) => set({ organisationName: e.currentTarget.value })}
            error={err('organisationName')}
          />
          <TextInput
            label={t('activities.organise.city')}
            value={v.cityName}
            onChange={(e) => set({ cityName: e.currentTarget.value })}
            error={err('cityName')}
          />
          <TextInput
            label={t('activities.organise.country')}
            description={t('activities.organise.countryHint')}
            required
            maxLength={2}
            value={v.country}
            onChange={(e) => set({ country: e.currentTarget.value })}
            error={err('country')}
          />
          <NativeSelect
            label={t('activities.organise.role')}
            data={(['delegate', 'speaker', 'participant', 'organiser'] as const).map((r) => ({ value: r, label: t(`activities.role.${r}`) }))}
            value={v.role}
            onChange={(e) => set({ role: e.currentTarget.value as Role })}
          />
          <NativeSelect
            label={t('activities.registration.language')}
            data={uiLocaleOptions()}
            value={v.language}
            onChange={(e) => set({ language: e.currentTarget.value as AddParticipantRequest['language'] })}
          />
        </SimpleGrid>
        <Checkbox label={t('activities.organise.listed')} checked={v.listed} onChange={(e) => set({ listed: e.currentTarget.checked })} />
        <div>
          <Button type="submit" loading={add.isPending}>
            {t('activities.organise.add')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
