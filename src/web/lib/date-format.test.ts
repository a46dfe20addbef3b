import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDeadline, formatRelativeDays } from './date-format.ts';
import { formatDate as formatDateFromLabels } from './labels.ts';

const DEADLINE = '2027-01-31T16:00:00Z'; // 17:00 in Brussels

describe('formatDay', () => {
  it('writes a date the same way in each language', () => {
    expect(formatDay('2027-01-31', 'en')).toBe('31 January 2027');
    expect(formatDay('2027-01-31', 'de')).toBe('31. Januar 2027');
    expect(formatDay('2027-01-31', 'ro')).toBe('31 ianuarie 2027');
    expect(formatDay('2027-01-31', 'hu')).toBe('2027. január 31.');
  });

  it('never moves a date-only value by the reader’s zone', () => {
    // Formatted in UTC, so even a reader at UTC−10 sees the 31st; an instant follows the zone asked for.
    expect(formatDay('2027-01-31', 'en', 'Pacific/Honolulu')).toBe('31 January 2027');
    expect(formatDay('2027-01-31T05:00:00Z', 'en', 'Pacific/Honolulu')).toBe('30 January 2027');
  });

  it('is empty for no value', () => {
    expect(formatDay(null, 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('uses the 24-hour clock in every language', () => {
    expect(formatDateTime(DEADLINE, 'en', { timeZone: 'Europe/Brussels' })).toMatch(/^31 January 2027.* 17:00$/);
    expect(formatDateTime(DEADLINE, 'de', { timeZone: 'Europe/Brussels' })).toMatch(/^31\. Januar 2027.* 17:00$/);
    expect(formatDateTime(DEADLINE, 'ro', { timeZone: 'Europe/Brussels' })).toMatch(/^31 ianuarie 2027.* 17:00$/);
    expect(formatDateTime(DEADLINE, 'hu', { timeZone: 'Europe/Brussels' })).toMatch(/^2027\. január 31\.* 17:00$/);
  });

  it('names the zone when asked', () => {
    expect(formatDateTime(DEADLINE, 'en', { timeZone: 'Europe/Brussels', zoneName: true })).toMatch(/17:00 CET$/);
    expect(formatDateTime(DEADLINE, 'de', { timeZone: 'Europe/Brussels', zoneName: true })).toMatch(/17:00 MEZ$/);
  });
});

describe('formatDate (the old helper in labels.ts, now the same style)', () => {
  it('shows a date-only value as a date and an instant with its time', () => {
    expect(formatDateFromLabels('2027-01-31', 'en')).toBe('31 January 2027');
    expect(formatDate('2027-01-31T16:00:00Z', 'en')).toBe(formatDateTime('2027-01-31T16:00:00Z', 'en'));
    expect(formatDate(undefined, 'en')).toBe('');
  });
});

describe('formatDeadline', () => {
  it('gives Brussels time and, for a reader elsewhere, their own, both with the zone named', () => {
    const t = formatDeadline(DEADLINE, 'en', 'Europe/Bucharest');
    expect(t.brussels).toMatch(/^31 January 2027.* 17:00 CET$/);
    expect(t.local).toMatch(/^31 January 2027.* 18:00 EET$/);
  });

  it('shows Brussels alone to a reader whose clock shows the same', () => {
    expect(formatDeadline(DEADLINE, 'de', 'Europe/Brussels').local).toBeNull();
    expect(formatDeadline(DEADLINE, 'de', 'Europe/Paris').local).toBeNull();
  });

  it('names a far zone by its offset and shows its own date', () => {
    expect(formatDeadline(DEADLINE, 'en', 'Asia/Tokyo').local).toMatch(/^1 February 2027.* 01:00 GMT\+9$/);
  });
});

describe('formatRelativeDays', () => {
  it('says today, tomorrow, yesterday and counts in each language’s plural forms', () => {
    expect([0, 1, 57, -1, -3].map((d) => formatRelativeDays(d, 'en'))).toEqual(['today', 'tomorrow', 'in 57 days', 'yesterday', '3 days ago']);
    expect([0, 1, 57, -3].map((d) => formatRelativeDays(d, 'de'))).toEqual(['heute', 'morgen', 'in 57 Tagen', 'vor 3 Tagen']);
    expect([0, 1, 5, 57].map((d) => formatRelativeDays(d, 'ro'))).toEqual(['azi', 'mâine', 'peste 5 zile', 'peste 57 de zile']);
    expect([0, 1, 57, -3].map((d) => formatRelativeDays(d, 'hu'))).toEqual(['ma', 'holnap', '57 nap múlva', '3 nappal ezelőtt']);
  });
});
