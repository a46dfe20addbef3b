import { describe, expect, it } from 'vitest';
import { addMonths, formatActivityTimes, localDays, monthRange, monthWeeks } from './activity-time.ts';

describe('activity times', () => {
  it('names the zone only for a reader elsewhere', () => {
    const activity = { startsAt: '2027-05-12T07:00:00Z', endsAt: '2027-05-12T14:00:00Z', timeZone: 'Europe/Bucharest' };
    expect(formatActivityTimes(activity, 'en', 'Europe/Bucharest')).toMatch(/^12 May 2027(,| at) 10:00 – 17:00$/);
    expect(formatActivityTimes(activity, 'en', 'Europe/Berlin')).toMatch(/^12 May 2027(,| at) 10:00 – 17:00 (EEST|GMT\+3)$/);
  });

  it('lists the local days and the weeks of a month from Monday', () => {
    expect(localDays('2027-05-12T10:00', '2027-05-14T12:00')).toEqual(['2027-05-12', '2027-05-13', '2027-05-14']);
    const weeks = monthWeeks('2027-05');
    expect(weeks[0]![0]).toEqual({ day: '2027-04-26', inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(addMonths('2027-12', 1)).toBe('2028-01');
  });
});
