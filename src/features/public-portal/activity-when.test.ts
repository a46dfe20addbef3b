import { describe, expect, it } from 'vitest';
import { activityWhen } from './activity-when.ts';

describe('activityWhen', () => {
  const webinar = { startsAt: '2021-11-18T14:00:00.000Z', endsAt: '2021-11-18T16:30:00.000Z', timeZone: 'Europe/Berlin' };

  it('gives the local time of the activity’s zone, with the zone’s name, in the page’s language', () => {
    expect(activityWhen(webinar, 'en')).toMatch(/^18 November 2021, 15:00\s*–\s*17:30 CET$/);
    expect(activityWhen(webinar, 'de')).toMatch(/^18\. November 2021, 15:00\s*–\s*17:30 Uhr MEZ$/);
    expect(activityWhen({ ...webinar, timeZone: 'Europe/Bucharest' }, 'ro')).toContain('16:00');
  });

  it('names both days of an activity over several days', () => {
    const visit = { startsAt: '2027-01-16T08:00:00.000Z', endsAt: '2027-01-18T14:00:00.000Z', timeZone: 'Europe/Berlin' };
    const text = activityWhen(visit, 'hu');
    expect(text).toContain('2027. január 16.');
    expect(text).toContain('2027. január 18.');
  });
});
