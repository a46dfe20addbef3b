import { VisuallyHidden, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifyError, notifySuccess } from '../../lib/notify.ts';

interface Props {
  size: `compact-${MantineSize}`;
  title: string;
  message: string;
  /** Follows the visible "Delete" for screen readers, naming what is deleted. */
  hiddenName: string;
  deletedMessage: string;
  onDelete: () => Promise<unknown>;
  deleting: boolean;
}

/** "Delete" on an agreement, a timeline event or a document: asks first, then says how it went. */
export function DeleteItemButton({ size, title, message, hiddenName, deletedMessage, onDelete, deleting }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      size={size}
      title={title}
      message={message}
      confirmLabel={t('common.actions.delete')}
      loading={deleting}
      onConfirm={() =>
        onDelete().then(
          () => notifySuccess(t, deletedMessage),
          (error) => notifyError(t, errorMessage(error, t)),
        )
      }
    >
      {t('common.actions.delete')}
      <VisuallyHidden>{hiddenName}</VisuallyHidden>
    </ConfirmButton>
  );
}
