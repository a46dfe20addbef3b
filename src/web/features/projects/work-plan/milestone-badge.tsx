import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';

/** Done, late or planned, in words (never by colour alone). */
export function MilestoneBadge({ milestone }: { milestone: Pick<Milestone, 'status' | 'late'> }) {
  const { t } = useTranslation();
  if (milestone.status === 'done') return <StatusBadge color="green">{t('projects-work-plan.milestoneStatus.done')}</StatusBadge>;
  if (milestone.late) return <StatusBadge color="red">{t('projects-work-plan.milestoneStatus.late')}</StatusBadge>;
  return <StatusBadge color="gray">{t('projects-work-plan.milestoneStatus.planned')}</StatusBadge>;
}
