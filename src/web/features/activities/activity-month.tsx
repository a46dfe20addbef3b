import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '../../../features/activities/activities.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePartnershipActivities } from './activities-api.ts';
import { addMonths, localDays, localTimeOfDay, monthOf, monthRange, monthTitle, monthWeeks, weekdayNames } from './activity-time.ts';
import { calendarKeyTarget, focusDayIn } from './calendar-keys.ts';

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
  const [kept, setKept] = useState<string | null>(null);
  const focus = focusDayIn(month, kept, new Date().toLocaleDateString('sv'));
  // Set by a key in the grid: the day it moved to takes the focus once shown (maybe after the next month loads).
  const pendingFocusRef = useRef<string | null>(null);
  const moveFocus = (day: string) => {
    pendingFocusRef.current = day;
    setKept(day);
    if (monthOf(day) !== month) onMonthChange(monthOf(day));
  };
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
          return <MonthGrid month={month} days={days} focusDay={focus} onFocusDay={moveFocus} pendingFocusRef={pendingFocusRef} />;
        }}
      </QueryState>
    </Stack>
  );
}

interface GridProps {
  month: string;
  days: Map<string, ActivitySummary[]>;
  focusDay: string;
  onFocusDay: (day: string) => void;
  /** The day a key moved to, until its month is shown and the day takes the focus. */
  pendingFocusRef: RefObject<string | null>;
}

/**
 * The month as a WAI-ARIA grid: one day cell in the tab order (roving tabindex), arrow keys,
 * Home/End and PageUp/PageDown move between days; Enter goes to the day's first activity and
 * Escape from an activity back to its day.
 */
function MonthGrid({ month, days, focusDay, onFocusDay, pendingFocusRef }: GridProps) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const pending = pendingFocusRef.current;
    // Wait for the day's own month: a neighbouring month's days also show at the grid's edges.
    if (!pending || monthOf(pending) !== month) return;
    pendingFocusRef.current = null;
    table.current?.querySelector<HTMLElement>(`[data-day="${pending}"]`)?.focus();
  }, [focusDay, month, pendingFocusRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (!cell) return;
    if (target !== cell) {
      if (e.key === 'Escape') {
        e.preventDefault();
        cell.focus();
      }
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const first = cell.querySelector<HTMLElement>('a');
      if (first) {
        e.preventDefault();
        first.focus();
      }
      return;
    }
    const next = calendarKeyTarget(e.key, cell.dataset.day!);
    if (!next) return;
    e.preventDefault();
    onFocusDay(next);
  };

  const weekdays = weekdayNames(lang);
  const longWeekdays = weekdayNames(lang, 'long');
  return (
    <Stack gap={4}>
      <table
        ref={table}
        role="grid"
        aria-labelledby="activity-month"
        aria-describedby="activity-month-keys"
        onKeyDown={onKeyDown}
        style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}
      >
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
              {week.map(({ day, inMonth }) => {
                const entries = days.get(day) ?? [];
                return (
                  <td
                    key={day}
                    role="gridcell"
                    data-day={day}
                    tabIndex={day === focusDay ? 0 : -1}
                    aria-label={
                      entries.length
                        ? t('activities.calendar.dayWith', { day: formatDay(day, lang), count: entries.length })
                        : t('activities.calendar.dayWithout', { day: formatDay(day, lang) })
                    }
                    onClick={(e) => {
                      // A click on the day (not on one of its activities) makes it the focused day.
                      if (!(e.target as HTMLElement).closest('a')) onFocusDay(day);
                    }}
                    style={{
                      verticalAlign: 'top',
                      // Inside the cell, so that the collapsed borders do not hide the focus outline.
                      outlineOffset: -3,
                      height: 88,
                      padding: 4,
                      border: '1px solid var(--mantine-color-gray-3)',
                      background: inMonth ? undefined : 'var(--mantine-color-gray-0)',
                    }}
                  >
                    <Text fz="xs" c="gray.7" component="div" aria-hidden>
                      {Number(day.slice(8))}
                    </Text>
                    {entries.length > 0 && <DayEntries entries={entries} day={day} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text id="activity-month-keys" fz="xs" c="gray.7">
        {t('activities.calendar.keysHint')}
      </Text>
    </Stack>
  );
}
