import { describe, expect, it } from 'vitest';
import { fromLocalDateTime, isKnownTimeZone, localDaysBetween, toLocalDateTime, toLocalDay } from './local-time.ts';

describe('local times of an activity', () => {
  it('turns a local time in the host city into the instant and back', () => {
    const at = fromLocalDateTime('2027-03-15T09:00', 'Europe/Bucharest')!;
    expect(at.toISOString()).toBe('2027-03-15T07:00:00.000Z');
    expect(toLocalDateTime(at, 'Europe/Bucharest')).toBe('2027-03-15T09:00');
    expect(toLocalDateTime(at, 'Europe/Berlin')).toBe('2027-03-15T08:00');
  });

  it('uses the summer offset after the clocks change', () => {
    expect(fromLocalDateTime('2027-07-01T10:00', 'Europe/Berlin')!.toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(fromLocalDateTime('2027-01-01T10:00', 'Europe/Berlin')!.toISOString()).toBe('2027-01-01T09:00:00.000Z');
  });

  it('moves a time in the skipped spring hour forward and takes the earlier of the repeated autumn hour', () => {
    // Berlin 2027-03-28: 02:00 → 03:00; 2027-10-31: 03:00 → 02:00.
    expect(toLocalDateTime(fromLocalDateTime('2027-03-28T02:30', 'Europe/Berlin')!, 'Europe/Berlin')).toBe('2027-03-28T03:30');
    expect(fromLocalDateTime('2027-10-31T02:30', 'Europe/Berlin')!.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('refuses impossible dates and malformed text', () => {
    expect(fromLocalDateTime('2027-02-30T10:00', 'Europe/Berlin')).toBeNull();
    expect(fromLocalDateTime('2027-02-03 10:00', 'Europe/Berlin')).toBeNull();
    expect(fromLocalDateTime('2027-02-03T24:00', 'Europe/Berlin')).toBeNull();
  });

  it('lists the local days an activity spans, in its own zone', () => {
    const start = fromLocalDateTime('2027-05-10T09:00', 'Europe/Bucharest')!;
    const end = fromLocalDateTime('2027-05-12T13:00', 'Europe/Bucharest')!;
    expect(localDaysBetween(start, end, 'Europe/Bucharest')).toEqual(['2027-05-10', '2027-05-11', '2027-05-12']);
    // 00:30 in Bucharest is still the previous day in Berlin.
    expect(toLocalDay(fromLocalDateTime('2027-05-10T00:30', 'Europe/Bucharest')!, 'Europe/Berlin')).toBe('2027-05-09');
  });

  it('knows real zones only', () => {
    expect(isKnownTimeZone('Europe/Bucharest')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('local times next to a clock change', () => {
  it('reads the hour before the autumn change with the summer offset', () => {
    expect(fromLocalDateTime('2027-10-31T01:30', 'Europe/Berlin')!.toISOString()).toBe('2027-10-30T23:30:00.000Z');
    expect(fromLocalDateTime('2027-10-31T03:30', 'Europe/Berlin')!.toISOString()).toBe('2027-10-31T02:30:00.000Z');
    expect(fromLocalDateTime('2027-03-28T01:59', 'Europe/Berlin')!.toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(fromLocalDateTime('2027-03-28T03:00', 'Europe/Berlin')!.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });
});
