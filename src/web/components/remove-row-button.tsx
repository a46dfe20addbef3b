import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Remove" on a repeatable row; the spoken label names the row, the visible text stays short. */
export function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" c="red.9" size="compact-sm" aria-label={label} onClick={onClick}>
      {t('common.actions.remove')}
    </Button>
  );
}
