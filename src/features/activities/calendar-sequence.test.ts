import { describe, expect, it } from 'vitest';
import { changesCalendarEntry } from './calendar-sequence.ts';

const before = {
  startsAt: new Date('2027-06-14T07:00:00Z'),
  endsAt: new Date('2027-06-15T15:00:00Z'),
  timeZone: 'Europe/Berlin',
  hostCityId: 'c1',
  venue: 'Rathaus',
  onlineUrl: null,
  status: 'planned',
};

describe('what raises the calendar sequence', () => {
  it('is a new time, zone, place, link or status', () => {
    expect(changesCalendarEntry(before, { startsAt: new Date('2027-06-14T08:00:00Z') })).toBe(true);
    expect(changesCalendarEntry(before, { venue: 'Dortmund U' })).toBe(true);
    expect(changesCalendarEntry(before, { onlineUrl: 'https://meet.example.org/x' })).toBe(true);
    expect(changesCalendarEntry(before, { timeZone: 'Europe/Bucharest' })).toBe(true);
    expect(changesCalendarEntry(before, { status: 'cancelled' })).toBe(true);
  });

  it('is not the same values again (times compared as instants), nor a field not given', () => {
    expect(changesCalendarEntry(before, { ...before, startsAt: new Date(before.startsAt.getTime()) })).toBe(false);
    expect(changesCalendarEntry(before, { onlineUrl: undefined })).toBe(false);
    expect(changesCalendarEntry(before, {})).toBe(false);
  });
});
