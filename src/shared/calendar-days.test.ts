import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, calendarDaysUntil, DEADLINE_SOON_DAYS, dateIn, deadlineCountdown } from './calendar-days.ts';

// An EU deadline: 31 January 2027, 17:00 in Brussels (CET, UTC+1).
const DEADLINE = '2027-01-31T16:00:00Z';

describe('calendarDaysUntil (Brussels calendar)', () => {
  it('counts calendar days, not 24-hour blocks: the issue’s 56 versus 57', () => {
    // 5 December 2026, 18:00 Brussels: 57 days of calendar to 31 January, though 56 days and 23 hours of time.
    const now = new Date('2026-12-05T17:00:00Z');
    expect(calendarDaysUntil(DEADLINE, now)).toBe(57);
    // Later the same Brussels day, after the deadline's hour: still 57, the count changes only at midnight.
    expect(calendarDaysUntil(DEADLINE, new Date('2026-12-05T22:59:00Z'))).toBe(57);
  });

  it('turns at midnight in Brussels, not in UTC', () => {
    // 23:59 and 00:01 in Brussels on either side of 30/31 January.
    expect(calendarDaysUntil(DEADLINE, new Date('2027-01-30T22:59:00Z'))).toBe(1);
    expect(calendarDaysUntil(DEADLINE, new Date('2027-01-30T23:01:00Z'))).toBe(0);
    // The UTC date is still the 30th at 00:01 Brussels time; the count does not follow it.
    expect(new Date('2027-01-30T23:01:00Z').toISOString().slice(0, 10)).toBe('2027-01-30');
  });

  it('says 0 all through the deadline day, -1 the day after', () => {
    expect(calendarDaysUntil(DEADLINE, new Date('2027-01-31T08:00:00Z'))).toBe(0);
    expect(calendarDaysUntil(DEADLINE, new Date('2027-01-31T20:00:00Z'))).toBe(0);
    expect(calendarDaysUntil(DEADLINE, new Date('2027-02-01T09:00:00Z'))).toBe(-1);
  });

  it('is not thrown off by the change to summer time (last Sunday of March, a 23-hour day)', () => {
    // 28 March 2027 is the change; a deadline on 29 March 17:00 CEST (15:00 UTC).
    const deadline = '2027-03-29T15:00:00Z';
    // 27 March 18:00 CET: two calendar days, though only 45 hours of time.
    expect(calendarDaysUntil(deadline, new Date('2027-03-27T17:00:00Z'))).toBe(2);
    // On the day of the change itself, just after midnight and just before the next.
    expect(calendarDaysUntil(deadline, new Date('2027-03-27T23:00:00Z'))).toBe(1);
    expect(calendarDaysUntil(deadline, new Date('2027-03-28T21:59:00Z'))).toBe(1);
    expect(calendarDaysUntil(deadline, new Date('2027-03-28T22:00:00Z'))).toBe(0);
  });

  it('is not thrown off by the change back (last Sunday of October, a 25-hour day)', () => {
    // 31 October 2027 is the change; a deadline on 1 November 17:00 CET (16:00 UTC).
    const deadline = '2027-11-01T16:00:00Z';
    expect(calendarDaysUntil(deadline, new Date('2027-10-30T21:59:00Z'))).toBe(2);
    expect(calendarDaysUntil(deadline, new Date('2027-10-30T22:00:00Z'))).toBe(1);
    expect(calendarDaysUntil(deadline, new Date('2027-10-31T22:59:00Z'))).toBe(1);
    expect(calendarDaysUntil(deadline, new Date('2027-10-31T23:00:00Z'))).toBe(0);
  });

  it('takes a date-only value as that date, whatever the zone', () => {
    const now = new Date('2027-01-30T23:30:00Z'); // 31 January in Brussels, 30 January in UTC
    expect(calendarDaysUntil('2027-01-31', now)).toBe(0);
    expect(calendarDaysUntil('2027-01-31', now, 'UTC')).toBe(1);
    expect(calendarDaysUntil('2027-02-01', now, 'Pacific/Honolulu')).toBe(2);
  });

  it('gives a reader in a far zone the same count as one in Brussels (the zone is the deadline’s)', () => {
    // 1 a.m. on 31 January in Tokyo is still 30 January in Brussels: "tomorrow", not "today".
    const now = new Date('2027-01-30T16:00:00Z');
    expect(dateIn(now, 'Asia/Tokyo')).toBe('2027-01-31');
    expect(calendarDaysUntil(DEADLINE, now)).toBe(1);
    // Counting on the reader's calendar would be the other rule: just after midnight in Brussels
    // it says 1 in Tokyo (where the deadline falls at 01:00 on 1 February) while Brussels says 0.
    const afterMidnight = new Date('2027-01-30T23:30:00Z');
    expect(calendarDaysUntil(DEADLINE, afterMidnight, 'Asia/Tokyo')).toBe(1);
    expect(calendarDaysUntil(DEADLINE, afterMidnight)).toBe(0);
  });

  it('accepts a Date as well as a string', () => {
    expect(calendarDaysUntil(new Date(DEADLINE), new Date('2027-01-29T12:00:00Z'))).toBe(2);
  });

  it('refuses a value that is no date rather than counting NaN days', () => {
    expect(() => calendarDaysUntil('soon', new Date())).toThrow(RangeError);
  });
});

describe('calendarDaysBetween', () => {
  it('counts across month, year and leap-day boundaries', () => {
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(calendarDaysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });
});

describe('deadlineCountdown', () => {
  it('says today and not passed before the hour, today and passed after it', () => {
    expect(deadlineCountdown(DEADLINE, new Date('2027-01-31T10:00:00Z'))).toEqual({ days: 0, passed: false, soon: true });
    expect(deadlineCountdown(DEADLINE, new Date('2027-01-31T16:00:00Z'))).toEqual({ days: 0, passed: true, soon: false });
  });

  it('calls a deadline soon up to DEADLINE_SOON_DAYS calendar days ahead, and not one day more', () => {
    const at = new Date('2027-03-02T16:00:00Z');
    const daysBefore = (n: number) => new Date(Date.UTC(2027, 2, 2 - n, 9));
    expect(deadlineCountdown(at, daysBefore(DEADLINE_SOON_DAYS))).toMatchObject({ days: DEADLINE_SOON_DAYS, soon: true });
    expect(deadlineCountdown(at, daysBefore(DEADLINE_SOON_DAYS + 1))).toMatchObject({ days: DEADLINE_SOON_DAYS + 1, soon: false });
    expect(deadlineCountdown(at, daysBefore(1))).toMatchObject({ days: 1, soon: true, passed: false });
  });
});
