import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionedEditControls } from '../lib/use-versioned-edit.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { FormErrorAlert } from './form-error-alert.tsx';

/** The frame of an edit form in a modal: the request's error, the fields, Cancel and Save, the conflict dialog. */
export function VersionedEditForm({
  edit,
  onCancel,
  submitLabel,
  children,
}: {
  edit: VersionedEditControls;
  onCancel: () => void;
  /** "Save" unless said otherwise. */
  submitLabel?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={edit.submit} noValidate>
      <Stack>
        <FormErrorAlert error={edit.error} />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={edit.saving}>
            {submitLabel ?? t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog {...edit.conflict} />
    </form>
  );
}
