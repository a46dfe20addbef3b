import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from './form-modal.tsx';

/**
 * Shown when a save is refused because someone else changed the record first: the editor
 * chooses to reload (and reapply the change) or to keep the form to copy from it.
 */
export function ConflictDialog({ opened, onReload, onClose }: { opened: boolean; onReload: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('common.conflict.title')} centered>
      <Text mb="md">{t('common.conflict.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.conflict.keep')}
        </Button>
        <Button onClick={onReload} data-autofocus>
          {t('common.conflict.reload')}
        </Button>
      </Group>
    </FormModal>
  );
}
