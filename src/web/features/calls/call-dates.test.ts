import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineLabel, deadlineTimes } from './call-dates.ts';

describe('deadlineTimes', () => {
  it('shows Brussels time and the reader’s zone when it differs', () => {
    const t = deadlineTimes('2027-03-16T16:00:00Z', 'en', 'Europe/Bucharest');
    expect(t.brussels).toMatch(/16 March 2027.*17:00/);
    expect(t.local).toMatch(/16 March 2027.*18:00/);
  });

  it('shows Brussels time alone for readers in the same offset', () => {
    expect(deadlineTimes('2027-03-16T16:00:00Z', 'de', 'Europe/Brussels').local).toBeNull();
    expect(deadlineTimes('2027-03-16T16:00:00Z', 'de', undefined).brussels).toMatch(/16\. März 2027.*17:00/);
  });
});

describe('daysUntil', () => {
  it('counts whole days left', () => {
    const now = new Date('2027-03-09T12:00:00Z');
    expect(daysUntil('2027-03-16T16:00:00Z', now)).toBe(7);
    expect(daysUntil('2027-03-09T16:00:00Z', now)).toBe(0);
    expect(daysUntil('2027-03-08T16:00:00Z', now)).toBe(-1);
  });
});

describe('deadlineLabel', () => {
  const t = (key: string, vars: { n: string }) => `${key}:${vars.n}`;
  it('translates stages and cut-offs, keeping the portal’s action name', () => {
    expect(deadlineLabel(t, 'stage 2')).toBe('calls.deadline.stage:2');
    expect(deadlineLabel(t, 'cut-off 3 (HORIZON-RIA)')).toBe('calls.deadline.cutOff:3 (HORIZON-RIA)');
  });
  it('leaves any other label as the portal wrote it', () => {
    expect(deadlineLabel(t, 'HORIZON-CSA')).toBe('HORIZON-CSA');
  });
});
