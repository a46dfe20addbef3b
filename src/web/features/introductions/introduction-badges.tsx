import { useTranslation } from 'react-i18next';
import type { IntroductionSummary } from '../../../features/introductions/introductions.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

const statusColor = { pending: 'yellow', accepted: 'green', declined: 'red', withdrawn: 'gray' } as const;

/** Status, and once accepted the follow-up step instead. */
export function IntroductionStatusBadge({ intro }: { intro: Pick<IntroductionSummary, 'status' | 'stage'> }) {
  const { t } = useTranslation();
  if (intro.status === 'accepted' && intro.stage) return <StatusBadge color="green">{t(`introductions.stage.${intro.stage}`)}</StatusBadge>;
  return <StatusBadge color={statusColor[intro.status]}>{t(`introductions.status.${intro.status}`)}</StatusBadge>;
}
