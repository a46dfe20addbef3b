import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallSummary } from '../../../features/calls/calls.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { DEADLINE_TIME_ZONE, deadlineCountdown, type DeadlineCountdown } from '../../../shared/calendar-days.ts';
import { formatDay, formatDeadline, formatRelativeDays } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { deadlineLabel } from './call-dates.ts';

const statusColour = { open: 'green', forthcoming: 'blue', closed: 'gray' } as const;

export function CallStatusBadge({ status }: { status: CallSummary['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge color={statusColour[status]}>{t(`calls.status.${status}`)}</StatusBadge>;
}

export function ProgrammeBadge({ programme }: { programme: CallSummary['programme'] }) {
  if (!programme) return null;
  return (
    <Badge variant="outline" color="indigo" c="indigo.9" tt="none" title={programme.name ?? undefined}>
      {programme.code}
    </Badge>
  );
}

export function CityProgrammeBadge({ programmeKey }: { programmeKey: string | null | undefined }) {
  const { t } = useTranslation();
  if (!programmeKey) return null;
  return (
    <Badge variant="light" color="teal" c="gray.9" tt="none" title={t(`calls.cityProgramme.${programmeKey}`)}>
      {t('calls.cityProgramme.badge')}
    </Badge>
  );
}

/** "in 57 days", "today", or "passed" once the deadline's hour has gone by (shared count: calendar-days.ts). */
export function relativeDays(t: (k: string) => string, countdown: DeadlineCountdown, lang: string): string {
  return countdown.passed ? t('calls.deadline.past') : formatRelativeDays(countdown.days, lang);
}

/** One deadline: "in N days", the date in Brussels time and, if different, in the reader's zone. */
export function DeadlineTimes({ at, label, now = new Date() }: { at: string; label?: string; now?: Date }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const times = formatDeadline(at, lang);
  const countdown = deadlineCountdown(at, now);
  return (
    <Stack gap={0}>
      <Text fz="sm" fw={600} c={countdown.soon ? 'red.9' : undefined}>
        {label ? `${deadlineLabel(t, label)}: ` : ''}
        {relativeDays(t, countdown, lang)}
      </Text>
      <Text fz="sm">
        {times.brussels} ({t('calls.deadline.brussels')})
      </Text>
      {times.local && (
        <Text fz="sm" c="gray.7">
          {times.local} ({t('calls.deadline.yours')})
        </Text>
      )}
    </Stack>
  );
}

export function NextDeadline({ call }: { call: CallSummary }) {
  const { t, i18n } = useTranslation();
  if (call.nextDeadlineAt) return <DeadlineTimes at={call.nextDeadlineAt} />;
  return (
    <Text fz="sm" c="gray.7">
      {call.status === 'forthcoming' && call.openingAt
        ? t('calls.deadline.opens', { date: formatDay(call.openingAt, uiLanguage(i18n), DEADLINE_TIME_ZONE) })
        : t('calls.deadline.none')}
    </Text>
  );
}

export function CallBadges({ call, cityProgrammeKey }: { call: CallSummary; cityProgrammeKey?: string | null }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <CallStatusBadge status={call.status} />
      <ProgrammeBadge programme={call.programme} />
      <CityProgrammeBadge programmeKey={cityProgrammeKey} />
      {call.kind === 'tender' && (
        <Badge variant="outline" color="gray" c="gray.9" tt="none">
          {t('calls.kind.tender')}
        </Badge>
      )}
    </Group>
  );
}
