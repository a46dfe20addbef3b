import { describe, expect, it } from 'vitest';
import { activityEvent, activityInvitation, renderActivityCalendar, type ActivityCalendarFacts } from './activity-calendar.ts';

const activity: ActivityCalendarFacts = {
  id: '11111111-2222-4333-8444-555555555555',
  key: 'youth-forum-2027',
  title: [
    { lang: 'de', text: 'Jugendforum' },
    { lang: 'ro', text: 'Forumul tinerilor' },
  ],
  originalLang: 'de',
  startsAt: new Date('2027-05-10T07:00:00Z'),
  endsAt: new Date('2027-05-11T15:30:00Z'),
  venue: 'Rathaus, Saal 2',
  onlineUrl: null,
  status: 'planned',
  icalSequence: 0,
};
const options = { publicUrl: 'https://pontis.test', attendee: { name: 'Ana Pop', email: 'ana@example.org' }, organiserEmail: 'no-reply@pontis.test' };
const line = (ics: string, name: string) => ics.split(/\r?\n/).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe('an activity as an iCalendar event', () => {
  it('has a UID stable per activity, UTC instants, location, URL and the title in the asked language', () => {
    const { method, ics } = activityInvitation(activity, { ...options, lang: 'ro' });
    expect(method).toBe('REQUEST');
    expect(line(ics, 'METHOD')).toBe('METHOD:REQUEST');
    expect(line(ics, 'UID')).toBe(`UID:activity-${activity.id}@pontis`);
    expect(line(ics, 'DTSTART')).toBe('DTSTART:20270510T070000Z');
    expect(line(ics, 'DTEND')).toBe('DTEND:20270511T153000Z');
    expect(line(ics, 'SUMMARY')).toBe('SUMMARY:Forumul tinerilor');
    expect(line(ics, 'LOCATION')).toBe('LOCATION:Rathaus\\, Saal 2');
    expect(line(ics, 'URL')).toBe('URL:https://pontis.test/activities/youth-forum-2027');
    expect(line(ics, 'STATUS')).toBe('STATUS:CONFIRMED');
    expect(line(ics, 'SEQUENCE')).toBe('SEQUENCE:0');
    expect(ics).toContain('mailto:ana@example.org');
    expect(ics).toMatch(/ORGANIZER;CN="?Pontis"?:mailto:no-reply@pontis.test/i);
  });

  it('falls back to the original language and to the online link as the location', () => {
    const online = { ...activity, venue: null, onlineUrl: 'https://meet.example.org/forum' };
    const ics = renderActivityCalendar([activityEvent(online, { publicUrl: 'https://pontis.test', lang: 'hu' })]);
    expect(line(ics, 'SUMMARY')).toBe('SUMMARY:Jugendforum');
    expect(line(ics, 'LOCATION')).toBe('LOCATION:https://meet.example.org/forum');
    expect(line(ics, 'METHOD')).toBe('METHOD:PUBLISH');
  });

  it('keeps the UID and raises SEQUENCE after a change', () => {
    const before = activityInvitation(activity, options).ics;
    const after = activityInvitation({ ...activity, startsAt: new Date('2027-05-10T08:00:00Z'), icalSequence: 1 }, options).ics;
    expect(line(after, 'UID')).toBe(line(before, 'UID'));
    expect(line(after, 'SEQUENCE')).toBe('SEQUENCE:1');
    expect(line(after, 'DTSTART')).toBe('DTSTART:20270510T080000Z');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const { method, ics } = activityInvitation({ ...activity, status: 'cancelled', icalSequence: 2 }, options);
    expect(method).toBe('CANCEL');
    expect(line(ics, 'METHOD')).toBe('METHOD:CANCEL');
    expect(line(ics, 'STATUS')).toBe('STATUS:CANCELLED');
    expect(line(ics, 'SEQUENCE')).toBe('SEQUENCE:2');
    expect(line(ics, 'UID')).toBe(`UID:activity-${activity.id}@pontis`);
  });
});
