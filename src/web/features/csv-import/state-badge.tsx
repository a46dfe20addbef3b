import { useTranslation } from 'react-i18next';
import type { CsvImport } from '../../../features/csv-import/csv-imports.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

const colours = { imported: 'green', validated: 'blue', rejected: 'orange' } as const;

/** Where an import stands: its state, or once done, its outcome. */
export function StateBadge({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  if (job.state === 'done' && job.outcome) return <StatusBadge color={colours[job.outcome]}>{t(`imports.outcomes.${job.outcome}`)}</StatusBadge>;
  return <StatusBadge color={job.state === 'failed' ? 'red' : 'gray'}>{t(`imports.states.${job.state}`)}</StatusBadge>;
}
