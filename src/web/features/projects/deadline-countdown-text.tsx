import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineCountdown } from '../../../shared/calendar-days.ts';
import { formatRelativeDays } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

/** "Deadline in 57 days", red when soon: the same words and colour on the card and the project page. */
export function DeadlineCountdownText({ countdown, mt }: { countdown: DeadlineCountdown; mt?: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Text fz="sm" mt={mt} fw={countdown.soon ? 700 : undefined} c={countdown.passed ? 'gray.7' : countdown.soon ? 'red.9' : undefined}>
      {countdown.passed ? t('projects.card.deadlinePassed') : t('projects.card.deadline', { when: formatRelativeDays(countdown.days, uiLanguage(i18n)) })}
    </Text>
  );
}
