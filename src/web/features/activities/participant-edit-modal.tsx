import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityParticipant, UpdateParticipantRequest } from '../../../features/activities/activities.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { VersionedEditForm } from '../../components/versioned-edit-form.tsx';
import { fieldErrorFor, hasFieldErrors } from '../../lib/form-errors.ts';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { useListItemEdit } from '../../lib/use-list-item-edit.ts';
import { useUpdateParticipant } from './activities-api.ts';
import { genderList } from './activity-labels.ts';

type Role = UpdateParticipantRequest['role'];

interface Props {
  participant: ActivityParticipant | null;
  onClose: () => void;
  /** The participants as stored now (after a version conflict). */
  reload: () => Promise<ActivityParticipant[] | undefined>;
}

/** An organiser corrects a participation: how it is counted for the funder, language, consent, needs. */
export function ParticipantEditModal({ participant, onClose, reload }: Props) {
  const { t } = useTranslation();
  return (
    <FormModal
      opened={!!participant}
      onClose={onClose}
      size="lg"
      title={participant ? t('activities.organise.editParticipantTitle', { name: participant.displayName }) : ''}
    >
      {participant && <ParticipantForm key={participant.id} participant={participant} onDone={onClose} reload={reload} />}
    </FormModal>
  );
}

const toValues = (p: ActivityParticipant | null) => ({
  role: (p?.role ?? 'participant') as NonNullable<Role>,
  language: (p?.language ?? 'en') as NonNullable<UpdateParticipantRequest['language']>,
  country: p?.country ?? '',
  organisationName: p?.organisation.name ?? '',
  cityName: p?.city.name ?? '',
  gender: p?.gender ?? '',
  listed: p?.listed ?? false,
  interpretation: p?.needs?.interpretation ?? '',
  accessibility: p?.needs?.accessibility ?? '',
  diet: p?.needs?.diet ?? '',
  // Needs already erased after the activity are not asked again.
  hasNeeds: !!p?.needs,
});
type Values = ReturnType<typeof toValues>;

function ParticipantForm({ participant, onDone, reload }: { participant: ActivityParticipant; onDone: () => void; reload: Props['reload'] }) {
  const { t } = useTranslation();
  const edit = useListItemEdit({
    item: participant,
    toValues,
    toRequest: (v: Values) => ({
      role: v.role,
      language: v.language,
      country: v.country.trim().toUpperCase(),
      organisationName: v.organisationName.trim() || null,
      cityName: v.cityName.trim() || null,
      gender: (v.gender || null) as UpdateParticipantRequest['gender'],
      listed: v.listed,
      ...(v.hasNeeds
        ? { needs: { interpretation: v.interpretation.trim() || null, accessibility: v.accessibility.trim() || null, diet: v.diet.trim() || null } }
        : {}),
    }),
    save: useUpdateParticipant(participant.id),
    savedMessage: t('activities.organise.participantSaved'),
    reload,
    onDone,
  });
  const { values: v, set } = edit;
  const err = (path: string) => fieldErrorFor(edit.error, t, path);
  return (
    <VersionedEditForm edit={{ ...edit, error: hasFieldErrors(edit.error) ? null : edit.error }} onCancel={onDone}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
          onChange={(e) => set({ role: e.currentTarget.value as Values['role'] })}
          error={err('role')}
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
        <NativeSelect
          label={t('activities.registration.language')}
          data={uiLocaleOptions()}
          value={v.language}
          onChange={(e) => set({ language: e.currentTarget.value as Values['language'] })}
          error={err('language')}
        />
        <NativeSelect
          label={t('activities.registration.gender')}
          description={t('activities.registration.genderHint')}
          data={[{ value: '', label: t('activities.gender.notStated') }, ...genderList.map((g) => ({ value: g, label: t(`activities.gender.${g}`) }))]}
          value={v.gender}
          onChange={(e) => set({ gender: e.currentTarget.value })}
          error={err('gender')}
        />
        {v.hasNeeds &&
          (['interpretation', 'accessibility', 'diet'] as const).map((k) => (
            <TextInput
              key={k}
              label={t(`activities.needs.${k}`)}
              value={v[k]}
              onChange={(e) => set({ [k]: e.currentTarget.value })}
              error={err(`needs.${k}`)}
            />
          ))}
      </SimpleGrid>
      <Checkbox label={t('activities.organise.listed')} checked={v.listed} onChange={(e) => set({ listed: e.currentTarget.checked })} />
    </VersionedEditForm>
  );
}
