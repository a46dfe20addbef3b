import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge.tsx';
import type { ProjectStage } from './projects-api.ts';

const colors: Record<ProjectStage, string> = {
  idea: 'gray',
  consortium: 'blue',
  drafting: 'indigo',
  submitted: 'violet',
  funded: 'green',
  rejected: 'red',
  running: 'teal',
  completed: 'gray',
};

export function StageBadge({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return <StatusBadge color={colors[stage]}>{t(`projects.stage.${stage}`)}</StatusBadge>;
}
