import { describe, expect, it } from 'vitest';
import { calendarKeyTarget, focusDayIn } from './calendar-keys.ts';

describe('calendarKeyTarget', () => {
  // 2026-12-02 is a Wednesday.
  it('moves a day, a week, across months', () => {
    expect(calendarKeyTarget('ArrowLeft', '2026-12-01')).toBe('2026-11-30');
    expect(calendarKeyTarget('ArrowRight', '2026-12-31')).toBe('2027-01-01');
    expect(calendarKeyTarget('ArrowUp', '2026-12-02')).toBe('2026-11-25');
    expect(calendarKeyTarget('ArrowDown', '2026-12-30')).toBe('2027-01-06');
  });

  it('goes to the week start (Monday) and end (Sunday)', () => {
    expect(calendarKeyTarget('Home', '2026-12-02')).toBe('2026-11-30');
    expect(calendarKeyTarget('End', '2026-12-02')).toBe('2026-12-06');
    expect(calendarKeyTarget('Home', '2026-11-30')).toBe('2026-11-30');
    expect(calendarKeyTarget('End', '2026-12-06')).toBe('2026-12-06');
  });

  it('moves a month, keeping the day or the shorter month’s last', () => {
    expect(calendarKeyTarget('PageDown', '2027-01-31')).toBe('2027-02-28');
    expect(calendarKeyTarget('PageUp', '2027-01-15')).toBe('2026-12-15');
    expect(calendarKeyTarget('PageDown', '2028-01-30')).toBe('2028-02-29');
  });

  it('ignores other keys', () => {
    expect(calendarKeyTarget('Enter', '2026-12-02')).toBeNull();
    expect(calendarKeyTarget('a', '2026-12-02')).toBeNull();
  });
});

describe('focusDayIn', () => {
  it('keeps a day of the month, else today, else the 1st', () => {
    expect(focusDayIn('2026-12', '2026-12-09', '2026-12-06')).toBe('2026-12-09');
    expect(focusDayIn('2026-12', '2026-11-09', '2026-12-06')).toBe('2026-12-06');
    expect(focusDayIn('2027-01', null, '2026-12-06')).toBe('2027-01-01');
  });
});
