import { Button, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityParticipant } from '../../../features/activities/activities.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { countryName } from '../../lib/intl-names.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useRecordAttendance } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';
import { sheetOrder } from './participants-table.tsx';

/** Who was there on one day, from the signed sheet: one checkbox per registered participant, in the sheet's order (country, then name). */
export function AttendanceGrid({ activity, participants }: { activity: Activity; participants: ActivityParticipant[] }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const [day, setDay] = useState(activity.days[0] ?? '');
  const registered = sheetOrder(participants.filter((p) => p.status === 'registered'));
  const [present, setPresent] = useState<Record<string, Record<string, boolean>>>({});
  const record = useRecordAttendance(activity.id);
  const isPresent = (p: ActivityParticipant) => present[day]?.[p.id] ?? p.attendedDays.includes(day);
  const toggle = (p: ActivityParticipant, value: boolean) => setPresent((old) => ({ ...old, [day]: { ...old[day], [p.id]: value } }));
  if (!registered.length) return <Text c="gray.7">{t('activities.organise.noParticipants')}</Text>;
  const save = () =>
    record.mutate(
      { entries: registered.map((p) => ({ participantId: p.id, day, present: isPresent(p) })) },
      { onSuccess: () => notifySuccess(t, t('activities.organise.attendanceSaved', { day: formatDay(day, lang) })) },
    );
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('activities.organise.day')}
        data={activity.days.map((d) => ({ value: d, label: formatDay(d, lang) }))}
        value={day}
        onChange={(e) => setDay(e.currentTarget.value)}
        maw={320}
      />
      <DataTable
        label={t('activities.organise.attendanceOn', { day: formatDay(day, lang) })}
        minWidth={420}
        columns={[t('activities.organise.present'), t('activities.organise.name'), t('activities.organise.country')]}
      >
        {registered.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Checkbox
                aria-label={t('activities.organise.presentName', { name: p.displayName })}
                checked={isPresent(p)}
                onChange={(e) => toggle(p, e.currentTarget.checked)}
              />
            </Table.Td>
            <Table.Td>{p.displayName}</Table.Td>
            <Table.Td>{countryName(p.country, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <ActivityErrorAlert error={record.error} />
      <Group>
        <Button onClick={save} loading={record.isPending}>
          {t('activities.organise.saveAttendance')}
        </Button>
      </Group>
    </Stack>
  );
}
