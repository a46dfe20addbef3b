import { Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, ActivityParticipant } from '../../../features/activities/activities.schemas.ts';
import { fieldErrorFor } from '../../lib/form-errors.ts';
import { useRecordEncounter, useRemoveEncounter } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';

interface Option {
  id: string;
  name: string;
  /** A city id or, for a participant's organisation without one, the city's name: the "different cities" check. */
  city: string;
  cityName: string;
}

/** The organisations that took part: the organisers and the participants' organisations known to the registry. */
export function participatingOrganisations(activity: Activity, participants: ActivityParticipant[]): Option[] {
  const options = new Map<string, Option>();
  for (const o of activity.organisers) options.set(o.id, { id: o.id, name: o.name, city: o.cityId ?? '', cityName: '' });
  for (const p of participants) {
    if (p.status !== 'registered' || !p.organisation.id) continue;
    const known = options.get(p.organisation.id);
    options.set(p.organisation.id, {
      id: p.organisation.id,
      name: p.organisation.name ?? known?.name ?? '',
      city: p.city.id ?? known?.city ?? p.city.name ?? '',
      cityName: p.city.name ?? known?.cityName ?? '',
    });
  }
  return [...options.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Who met whom: two participating organisations from different cities become an introduction at "met". */
export function EncountersSection({ activity, participants }: { activity: Activity; participants: ActivityParticipant[] }) {
  const { t } = useTranslation();
  const record = useRecordEncounter(activity.id);
  const remove = useRemoveEncounter();
  const options = participatingOrganisations(activity, participants);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const cityOf = (id: string) => options.find((o) => o.id === id)?.city;
  const label = (o: Option) => (o.cityName ? `${o.name} (${o.cityName})` : o.name);
  const sameCity = !!a && !!b && !!cityOf(a) && cityOf(a) === cityOf(b);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ organisationAId: a, organisationBId: b }, { onSuccess: () => setB('') });
  };
  const choose = [{ value: '', label: t('activities.encounters.choose') }];
  return (
    <Stack gap="sm">
      {activity.encounters.length ? (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {activity.encounters.map((e) => (
            <Group key={e.id} component="li" gap="xs" wrap="wrap">
              <Text fz="sm">{t('activities.encounters.met', { a: e.organisationA.name, b: e.organisationB.name })}</Text>
              {e.introductionId && (
                <Anchor component={Link} to={`/introductions/${e.introductionId}`} fz="sm">
                  {t('activities.encounters.introduction')}
                </Anchor>
              )}
              {activity.can.recordFollowUp && (
                <Button
                  variant="subtle"
                  color="red"
                  c="red.9"
                  size="xs"
                  onClick={() => remove.mutate(e.id)}
                  loading={remove.isPending && remove.variables === e.id}
                >
                  {t('activities.encounters.remove', { a: e.organisationA.name, b: e.organisationB.name })}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      ) : (
        <Text c="gray.7" fz="sm">
          {t('activities.encounters.none')}
        </Text>
      )}
      {activity.can.recordFollowUp && (
        <form onSubmit={submit} noValidate aria-label={t('activities.encounters.formLabel')}>
          <Stack gap="sm">
            <ActivityErrorAlert error={record.error ?? remove.error} />
            <Group align="flex-start" wrap="wrap">
              <NativeSelect
                label={t('activities.encounters.organisationA')}
                data={[...choose, ...options.map((o) => ({ value: o.id, label: label(o) }))]}
                value={a}
                onChange={(e) => setA(e.currentTarget.value)}
                error={fieldErrorFor(record.error, t, 'organisationAId')}
              />
              <NativeSelect
                label={t('activities.encounters.organisationB')}
                data={[...choose, ...options.filter((o) => o.id !== a).map((o) => ({ value: o.id, label: label(o) }))]}
                value={b}
                onChange={(e) => setB(e.currentTarget.value)}
                error={sameCity ? t('activities.encounters.sameCity') : fieldErrorFor(record.error, t, 'organisationBId')}
              />
            </Group>
            <div>
              <Button type="submit" disabled={!a || !b || sameCity} loading={record.isPending}>
                {t('activities.encounters.record')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
