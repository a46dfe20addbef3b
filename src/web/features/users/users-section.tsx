import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { useModalTarget } from '../../lib/use-modal-target.ts';
import { UserEditForm } from './user-edit-form.tsx';
import { useUsers } from './users-api.ts';
import { UsersTable } from './users-table.tsx';

/** The accounts table; administrators edit role, scope and access in a dialog. */
export function UsersSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const users = useUsers();
  const modal = useModalTarget<User>();
  const editing = modal.target;

  return (
    <>
      <QueryState query={users}>
        {(items) =>
          items.length ? (
            <UsersTable users={items} canEdit={canEdit} onEdit={modal.open} />
          ) : (
            <EmptyState title={t('users.accounts.empty')} />
          )
        }
      </QueryState>
      <FormModal centered opened={modal.opened} onClose={modal.close} title={editing ? t('users.edit.title', { name: editing.displayName }) : ''}>
        {/* The modal mounts its content only while open, so every opening starts from the account as listed. */}
        {editing && (
          <UserEditForm
            key={editing.id}
            user={editing}
            onDone={modal.close}
            reload={async () => {
              const fresh = await users.refetch();
              return fresh.data && (fresh.data.find((u) => u.id === editing.id) ?? null);
            }}
          />
        )}
      </FormModal>
    </>
  );
}
