import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '../../../features/activities/activities.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { chooseText } from '../../lib/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePartnershipActivities } from './activities-api.ts';
import { addMonths, localDays, localTimeOfDay, monthRange, monthTitle, monthWeeks, weekdayNames } from './activity-time.ts';

/** Activities by local day (the host's calendar): a three-day visit shows on each of its days. */
function byDay(items: ActivitySummary[]) {
  const map = new Map<string, ActivitySummary[]>();
  for (const a of items) for (const day of localDays(a.startsLocal, a.endsLocal)) map.set(day, [...(map.get(day) ?? []), a]);
  return map;
}

function DayEntries({ entries, day }: { entries: ActivitySummary[]; day: string }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((a) => (
        <li key={a.id}>
          <Anchor component={Link} to={`/activities/${encodeURIComponent(a.key)}`} fz="xs" style={{ overflowWrap: 'anywhere' }}>
            {a.startsLocal.startsWith(day) ? `${localTimeOfDay(a.startsLocal)} ` : ''}
            {chooseText(a.title, a.originalLang, lang)?.text ?? a.key}
            {a.status === 'cancelled' ? ` (${t('activities.status.cancelled')})` : ''}
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

/** A month: a grid of weeks on a wide screen, the days with activities as a list on a phone; previous and next month buttons. */
export function ActivityMonth({ partnershipId, month, onMonthChange }: { partnershipId: string; month: string; onMonthChange: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const phone = useMediaQuery('(max-width: 48em)');
  const list = usePartnershipActivities(partnershipId, { when: 'all', ...monthRange(month) });
  const title = monthTitle(month, lang);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Button
          variant="default"
          size="xs"
          onClick={() => onMonthChange(addMonths(month, -1))}
          aria-label={t('activities.calendar.previous', { month: monthTitle(addMonths(month, -1), lang) })}
        >
          ← {monthTitle(addMonths(month, -1), lang)}
        </Button>
        <Title order={2} fz="h3" id="activity-month" aria-live="polite">
          {title}
        </Title>
        <Button
          variant="default"
          size="xs"
          onClick={() => onMonthChange(addMonths(month, 1))}
          aria-label={t('activities.calendar.next', { month: monthTitle(addMonths(month, 1), lang) })}
        >
          {monthTitle(addMonths(month, 1), lang)} →
        </Button>
      </Group>
      <QueryState query={list}>
        {(data) => {
          const days = byDay(data.items);
          if (phone) {
            const withEntries = [...days.keys()].filter((d) => d.startsWith(month)).sort();
            if (!withEntries.length) return <Text c="gray.7">{t('activities.calendar.none')}</Text>;
            return (
              <Stack gap="xs" component="ul" aria-labelledby="activity-month" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {withEntries.map((d) => (
                  <Paper key={d} component="li" withBorder p="xs">
                    <Text fw={600} fz="sm">
                      {formatDay(d, lang)}
                    </Text>
                    <DayEntries entries={days.get(d)!} day={d} />
                  </Paper>
                ))}
              </Stack>
            );
          }
          const weekdays = weekdayNames(lang);
          const longWeekdays = weekdayNames(lang, 'long');
          return (
            <table aria-labelledby="activity-month" style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
              <thead>
                <tr>
                  {weekdays.map((w, i) => (
                    <th key={w} scope="col" abbr={longWeekdays[i]} style={{ fontSize: 'var(--mantine-font-size-sm)', padding: 4 }}>
                      {w}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(month).map((week) => (
                  <tr key={week[0]!.day}>
                    {week.map(({ day, inMonth }) => (
                      <td
                        key={day}
                        style={{
                          verticalAlign: 'top',
                          height: 88,
                          padding: 4,
                          border: '1px solid var(--mantine-color-gray-3)',
                          background: inMonth ? undefined : 'var(--mantine-color-gray-0)',
                        }}
                      >
                        <Text fz="xs" c="gray.7" component="div">
                          <span aria-hidden>{Number(day.slice(8))}</span>
                          <span className="visually-hidden" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                            {formatDay(day, lang)}
                          </span>
                        </Text>
                        {days.get(day) && <DayEntries entries={days.get(day)!} day={day} />}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </QueryState>
    </Stack>
  );
}
