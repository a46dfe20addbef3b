import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityParticipant } from '../../../features/activities/activities.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { countryName } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { useCancelParticipant } from './activities-api.ts';
import { ActivityErrorAlert } from './activity-errors.tsx';
import { ParticipantEditModal } from './participant-edit-modal.tsx';

/** The signature sheet's order: by country, then by name. */
export function sheetOrder(items: ActivityParticipant[]): ActivityParticipant[] {
  return [...items].sort((a, b) => a.country.localeCompare(b.country) || a.displayName.localeCompare(b.displayName));
}

/** All participants for the organisers, with their stated needs (kept until the activity's retention ends). */
export function ParticipantsTable({
  items,
  reload,
}: {
  items: ActivityParticipant[];
  /** The participants as stored now (after a version conflict in the edit form). */
  reload: () => Promise<ActivityParticipant[] | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const cancel = useCancelParticipant();
  const [editing, setEditing] = useState<ActivityParticipant | null>(null);
  if (!items.length) return <Text c="gray.7">{t('activities.organise.noParticipants')}</Text>;
  return (
    <>
      <ActivityErrorAlert error={cancel.error} />
      <DataTable
        label={t('activities.organise.participants')}
        minWidth={760}
        columns={[
          t('activities.organise.name'),
          t('activities.organise.organisation'),
          t('activities.organise.country'),
          t('activities.organise.role'),
          t('activities.organise.status'),
          t('activities.organise.needs'),
        ]}
        hiddenColumn={t('activities.organise.actions')}
      >
        {sheetOrder(items).map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              {p.displayName}
              {p.email && (
                <Text fz="xs" c="gray.7">
                  {p.email}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{[p.organisation.name, p.city.name].filter(Boolean).join(', ')}</Table.Td>
            <Table.Td>{countryName(p.country, lang)}</Table.Td>
            <Table.Td>{t(`activities.role.${p.role}`)}</Table.Td>
            <Table.Td>
              {p.status === 'waiting' && p.waitingPosition
                ? t('activities.registration.waitingPosition', { position: p.waitingPosition })
                : t(`activities.myStatus.${p.status}`)}
            </Table.Td>
            <Table.Td>
              {p.needs
                ? (['interpretation', 'accessibility', 'diet'] as const)
                    .filter((k) => p.needs?.[k])
                    .map((k) => `${t(`activities.needs.${k}`)}: ${p.needs?.[k]}`)
                    .join('; ') || '–'
                : '–'}
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {p.can.edit && p.status !== 'cancelled' && (
                  <Button size="xs" variant="default" onClick={() => setEditing(p)}>
                    {t('activities.organise.editParticipant', { name: p.displayName })}
                  </Button>
                )}
                {p.can.cancel && (
                  <ConfirmButton
                    size="xs"
                    title={t('activities.organise.cancelParticipantTitle', { name: p.displayName })}
                    message={t('activities.registration.cancelMessage')}
                    confirmLabel={t('activities.organise.cancelParticipant', { name: p.displayName })}
                    loading={cancel.isPending}
                    onConfirm={() =>
                      cancel.mutateAsync(p.id).then(
                        () => undefined,
                        () => undefined,
                      )
                    }
                  >
                    {t('activities.organise.cancelParticipant', { name: p.displayName })}
                  </ConfirmButton>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <ParticipantEditModal participant={editing} onClose={() => setEditing(null)} reload={reload} />
    </>
  );
}
