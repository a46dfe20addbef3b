import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeMeasure } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

const statusColour = { planned: 'gray', running: 'blue', done: 'green', dropped: 'gray' } as const;

/** A measure's status, and "overdue" or "not started" when it is late. */
export function MeasureStatusBadges({ measure }: { measure: Pick<ProgrammeMeasure, 'status' | 'late'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <StatusBadge color={statusColour[measure.status]}>{t(`action-programmes.status.${measure.status}`)}</StatusBadge>
      {measure.late && <StatusBadge color="red">{t(`action-programmes.late.${measure.late}`)}</StatusBadge>}
    </Group>
  );
}
