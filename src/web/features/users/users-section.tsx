import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../features/users/users.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { DialogFrame } from './dialog-frame.tsx';
import { UserEditForm, type UserEditValues } from './user-edit-form.tsx';
import { useUpdateUser, useUsers } from './users-api.ts';
import { UsersTable } from './users-table.tsx';
import { notifySuccess } from '../organisations/notify.ts';

const toValues = (u: User): UserEditValues => ({
  role: u.role,
  cityId: u.cityId ?? '',
  organisationId: u.organisationId ?? '',
  disabled: u.disabled,
});

/** The accounts table; administrators edit role, scope and access in a dialog. */
export function UsersSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  // The form lives here, not in the dialog, so that it survives a version conflict.
  const [editing, setEditing] = useState<{ user: User; values: UserEditValues; open: boolean } | null>(null);
  const [conflict, setConflict] = useState(false);

  const startEdit = (user: User) => {
    update.reset();
    setEditing({ user, values: toValues(user), open: true });
  };

  function save() {
    if (!editing) return;
    const { user, values } = editing;
    update.mutate(
      {
        id: user.id,
        body: {
          role: values.role,
          cityId: values.role === 'admin' ? null : values.cityId || null,
          organisationId: values.role === 'org-editor' ? values.organisationId || null : null,
          disabled: values.disabled,
          version: user.version,
        },
      },
      {
        onSuccess: (saved) => {
          notifySuccess(t, t('users.edit.saved', { name: saved.displayName }));
          setEditing(null);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.isConflict) {
            setEditing((e) => e && { ...e, open: false });
            setConflict(true);
          }
        },
      },
    );
  }

  async function reload() {
    const fresh = await users.refetch();
    const latest = fresh.data?.find((u) => u.id === editing?.user.id);
    setConflict(false);
    if (latest) startEdit(latest);
    else setEditing(null);
  }

  return (
    <>
      <QueryState query={users}>
        {(items) =>
          items.length ? (
            <UsersTable users={items} canEdit={canEdit} onEdit={startEdit} />
          ) : (
            <EmptyState title={t('users.accounts.empty')} />
          )
        }
      </QueryState>
      <DialogFrame
        opened={!!editing?.open}
        onClose={() => setEditing(null)}
        title={editing ? t('users.edit.title', { name: editing.user.displayName }) : ''}
      >
        {editing && (
          <UserEditForm
            values={editing.values}
            onChange={(values) => setEditing((e) => e && { ...e, values })}
            error={update.error}
            submitting={update.isPending}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </DialogFrame>
      <ConflictDialog
        opened={conflict}
        onReload={() => void reload()}
        onClose={() => {
          setConflict(false);
          setEditing((e) => e && { ...e, open: true });
        }}
      />
    </>
  );
}
