import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './date-style.ts';

describe('the one date style', () => {
  it('writes a calendar date the same way in every language, day before month in English', () => {
    expect(formatCalendarDate('2027-01-31', 'en')).toBe('31 January 2027');
    expect(formatCalendarDate('2027-01-31', 'de')).toBe('31. Januar 2027');
    expect(formatCalendarDate('2027-01-31', 'ro')).toBe('31 ianuarie 2027');
    expect(formatCalendarDate('2027-01-31', 'hu')).toBe('2027. január 31.');
  });

  it('never shifts a calendar date by the time zone of the machine', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Honolulu';
      expect(formatCalendarDate('2020-07-31', 'en')).toBe('31 July 2020');
    } finally {
      process.env.TZ = zone;
    }
  });
});
