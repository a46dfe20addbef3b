import { Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { StatusBadge } from '../organisations/status-badge.tsx';

interface Props {
  users: User[];
  canEdit: boolean;
  onEdit: (user: User) => void;
}

export function UsersTable({ users, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('users.accounts.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.email')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.role')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.city')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.organisation')}</Table.Th>
            <Table.Th scope="col">{t('users.fields.status')}</Table.Th>
            {canEdit && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('users.fields.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
                {u.disabled ? (
                  <StatusBadge color="red">
                    {t('users.accounts.disabled')}
                  </StatusBadge>
                ) : (
                  <StatusBadge color="green">
                    {t('users.accounts.active')}
                  </StatusBadge>
                )}
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onEdit(u)}
                    aria-label={t('users.accounts.editNamed', { name: u.displayName })}
                  >
                    {t('common.actions.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
