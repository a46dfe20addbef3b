import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';

interface Props {
  users: User[];
  canEdit: boolean;
  onEdit: (user: User) => void;
  /** Erasing is offered for every account but the reader's own (that is on My account). */
  selfId?: string;
  onErase?: (user: User) => Promise<void>;
  erasing?: boolean;
}

export function UsersTable({ users, canEdit, onEdit, selfId, onErase, erasing }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable
      label={t('users.accounts.caption')}
      minWidth={760}
      columns={[
        t('users.fields.name'),
        t('users.fields.email'),
        t('users.fields.role'),
        t('users.fields.city'),
        t('users.fields.organisation'),
        t('users.fields.status'),
      ]}
      hiddenColumn={canEdit ? t('users.fields.actions') : undefined}
      highlightOnHover
    >
      {users.map((u) => (
        <Table.Tr key={u.id}>
          <Table.Th scope="row" fw={600}>
            {u.displayName}
          </Table.Th>
          <Table.Td>{u.email}</Table.Td>
          <Table.Td>{t(`common.roles.${u.role}`)}</Table.Td>
          <Table.Td>{u.cityName ?? '—'}</Table.Td>
          <Table.Td>{u.organisationName ?? '—'}</Table.Td>
          <Table.Td>
            <StatusBadge color={u.disabled ? 'red' : 'green'}>{u.disabled ? t('users.accounts.disabled') : t('users.accounts.active')}</StatusBadge>
          </Table.Td>
          {canEdit && (
            <Table.Td>
              <Button size="compact-sm" variant="light" onClick={() => onEdit(u)} aria-label={t('users.accounts.editNamed', { name: u.displayName })}>
                {t('common.actions.edit')}
              </Button>
              {onErase && u.id !== selfId && (
                <ConfirmButton
                  size="compact-sm"
                  ml="xs"
                  title={t('users.erase.title', { name: u.displayName })}
                  message={t('users.erase.message', { name: u.displayName })}
                  confirmLabel={t('users.erase.confirm')}
                  loading={erasing}
                  onConfirm={() => onErase(u)}
                  aria-label={t('users.erase.buttonNamed', { name: u.displayName })}
                >
                  {t('users.erase.button')}
                </ConfirmButton>
              )}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
