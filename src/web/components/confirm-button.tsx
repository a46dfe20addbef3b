import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './form-modal.tsx';

/** A destructive action that asks first. */
export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  onConfirm,
  loading,
  ...buttonProps
}: ButtonProps & { children: ReactNode; title: string; message: string; confirmLabel: string; onConfirm: () => void | Promise<void> }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      {/* A subtle dark red keeps the label above 4.5:1 contrast. */}
      <Button variant="subtle" color="red" c="red.9" {...buttonProps} onClick={open}>
        {children}
      </Button>
      <FormModal opened={opened} onClose={close} title={title} centered>
        <Text mb="md">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.actions.cancel')}
          </Button>
          <Button
            color="red.9"
            loading={loading}
            onClick={async () => {
              await onConfirm();
              close();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </FormModal>
    </>
  );
}
