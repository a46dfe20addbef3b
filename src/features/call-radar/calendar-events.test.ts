import { describe, expect, it } from 'vitest';
import { renderCalendar } from './calendar-events.ts';

describe('renderCalendar', () => {
  const text = renderCalendar('Pontis', [
    {
      kind: 'call-deadline',
      identifier: 'HORIZON-MISS-2027-CIT-02-03',
      title: 'Climate-neutral cities',
      at: new Date('2027-01-17T16:00:00Z'),
      label: 'stage 1',
      url: 'https://ec.europa.eu/x',
      pontisUrl: 'http://p/calls/X',
    },
    { kind: 'milestone', id: 'm1', projectTitle: 'Green Bridge', title: 'Kick-off', dueOn: '2027-12-31', done: false, pontisUrl: 'http://p/projects/1' },
  ]);

  it('writes a deadline as a timed UTC event with a stable UID and an alarm a day before', () => {
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('UID:call-HORIZON-MISS-2027-CIT-02-03-1800201600000@pontis');
    expect(text).toContain('DTSTART:20270117T160000Z');
    expect(text).toContain('SUMMARY:Deadline: Climate-neutral cities');
    expect(text).toContain('TRIGGER:-PT24H');
  });

  it('writes a milestone as an all-day event ending the next day (across the year end)', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20271231');
    expect(text).toContain('DTEND;VALUE=DATE:20280101');
  });

  it('uses CRLF line ends and writes an empty calendar when there is nothing', () => {
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    expect(renderCalendar('Empty', [])).not.toContain('BEGIN:VEVENT');
  });
});
