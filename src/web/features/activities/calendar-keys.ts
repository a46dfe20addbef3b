import { addDays, addMonths, monthOf } from './activity-time.ts';

/** Monday 0 … Sunday 6, as the calendar's weeks run. */
const weekdayIndex = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The same day of the month in another month, or its last day when that month is shorter (31 January → 28 February). */
function shiftMonth(day: string, n: number): string {
  const month = addMonths(monthOf(day), n);
  const last = Number(addDays(`${addMonths(month, 1)}-01`, -1).slice(8));
  return `${month}-${String(Math.min(Number(day.slice(8)), last)).padStart(2, '0')}`;
}

/**
 * The day a key moves the calendar's focus to (the WAI-ARIA grid pattern, as date pickers do):
 * ←/→ a day, ↑/↓ a week, Home/End the week's Monday/Sunday, PageUp/PageDown a month; null for
 * any other key. Crossing into another month is the caller's to show.
 */
export function calendarKeyTarget(key: string, day: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekdayIndex(day));
    case 'End':
      return addDays(day, 6 - weekdayIndex(day));
    case 'PageUp':
      return shiftMonth(day, -1);
    case 'PageDown':
      return shiftMonth(day, 1);
    default:
      return null;
  }
}

/** The day that holds the focus when a month is shown: the one kept if it lies in the month, else today there, else the 1st. */
export function focusDayIn(month: string, kept: string | null, today: string): string {
  if (kept && monthOf(kept) === month) return kept;
  return monthOf(today) === month ? today : `${month}-01`;
}
