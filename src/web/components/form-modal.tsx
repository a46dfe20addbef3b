import { Modal, type ModalRootProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Pick<ModalRootProps, 'opened' | 'onClose' | 'size' | 'centered'> & { title: ReactNode; children: ReactNode };

/**
 * Mantine's Modal with what accessibility checks need: the close button is named, and the
 * modal's <header> is not announced as a second page banner.
 */
export function FormModal({ opened, onClose, size, centered, title, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} size={size} centered={centered}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t('common.actions.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
