import { Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../features/users/invitations.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { notifySuccess, notifyError } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useInvitations, useRevokeInvitation } from './invitations-api.ts';

const statusColour: Record<Invitation['status'], string> = { pending: 'indigo', accepted: 'green', expired: 'gray', revoked: 'gray' };

export function InvitationsTable() {
  const { t, i18n } = useTranslation();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [showAll, setShowAll] = useState(false);

  async function onRevoke(invitation: Invitation) {
    try {
      await revoke.mutateAsync(invitation.id);
      notifySuccess(t, t('users.invitations.revoked', { email: invitation.email }));
    } catch (error) {
      const message = error instanceof ApiError && error.code === 'invitation_accepted' ? t('users.invitations.alreadyAccepted') : errorMessage(error, t);
      notifyError(t, message, t('common.errors.title'));
    }
  }

  return (
    <Stack gap="sm">
      <Switch label={t('users.invitations.showAll')} checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
      <QueryState query={invitations}>
        {(items) => {
          const shown = showAll ? items : items.filter((i) => i.status === 'pending');
          if (!shown.length) return <EmptyState title={t('users.invitations.empty')} />;
          return (
            <DataTable
              label={t('users.invitations.caption')}
              minWidth={760}
              columns={[
                t('users.fields.email'),
                t('users.fields.role'),
                t('users.fields.scope'),
                t('users.invitations.invitedBy'),
                t('users.invitations.status'),
                t('users.invitations.expires'),
              ]}
              hiddenColumn={t('users.fields.actions')}
              highlightOnHover
            >
              {shown.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>{inv.email}</Table.Td>
                  <Table.Td>{t(`common.roles.${inv.role}`)}</Table.Td>
                  <Table.Td>{[inv.organisationName, inv.cityName].filter(Boolean).join(', ') || '—'}</Table.Td>
                  <Table.Td>{inv.invitedByName ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={statusColour[inv.status]}>{t(`users.invitations.statuses.${inv.status}`)}</StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{formatDate(inv.expiresAt, uiLanguage(i18n))}</Text>
                  </Table.Td>
                  <Table.Td>
                    {inv.status === 'pending' && (
                      <ConfirmButton
                        size="compact-sm"
                        aria-label={t('users.invitations.revokeNamed', { email: inv.email })}
                        title={t('users.invitations.revokeTitle')}
                        message={t('users.invitations.revokeMessage', { email: inv.email })}
                        confirmLabel={t('users.invitations.revoke')}
                        onConfirm={() => onRevoke(inv)}
                        loading={revoke.isPending}
                      >
                        {t('users.invitations.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          );
        }}
      </QueryState>
    </Stack>
  );
}
