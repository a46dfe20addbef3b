import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { useModalTarget } from '../../lib/use-modal-target.ts';
import { UserEditForm } from './user-edit-form.tsx';
import { useEraseUser, useUsers } from './users-api.ts';
import { UsersTable } from './users-table.tsx';

/** The accounts table; administrators edit role, scope and access in a dialog, or erase an account. */
export function UsersSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const users = useUsers();
  const erase = useEraseUser();
  const session = useSession();
  const modal = useModalTarget<User>();
  const editing = modal.target;

  return (
    <>
      <QueryState query={users}>
        {(items) =>
          items.length ? (
            <UsersTable
              users={items}
              canEdit={canEdit}
              onEdit={modal.open}
              selfId={session.user?.id}
              erasing={erase.isPending}
              onErase={async (u) => {
                try {
                  await erase.mutateAsync(u.id);
                  notifySuccess(t, t('users.erase.done', { name: u.displayName }));
                } catch (err) {
                  notifyError(t, errorMessage(err, t));
                }
              }}
            />
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
