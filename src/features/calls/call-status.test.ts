import { describe, expect, it } from 'vitest';
import { callStatusAt, nextDeadlineAt } from './call-status.ts';

const d = (s: string) => new Date(s);
const now = d('2026-06-01T12:00:00Z');

describe('callStatusAt', () => {
  it('decides by the dates, not the stale portal status', () => {
    expect(callStatusAt({ openingAt: d('2026-01-01'), deadlineAts: [d('2025-09-18T15:00:00Z')], portalStatus: 'open' }, now)).toBe('closed');
    expect(callStatusAt({ openingAt: d('2026-01-01'), deadlineAts: [d('2026-03-01'), d('2026-09-16')], portalStatus: 'closed' }, now)).toBe('open');
    expect(callStatusAt({ openingAt: d('2026-07-01'), deadlineAts: [d('2026-10-01')], portalStatus: 'open' }, now)).toBe('forthcoming');
    expect(callStatusAt({ openingAt: null, deadlineAts: [d('2026-10-01')], portalStatus: null }, now)).toBe('open');
  });

  it('counts the deadline instant itself as still open', () => {
    expect(callStatusAt({ openingAt: null, deadlineAts: [now], portalStatus: null }, now)).toBe('open');
    expect(nextDeadlineAt([d('2026-03-01'), now, d('2026-09-01')], now)).toEqual(now);
  });

  it('falls back to the opening date and the portal status without deadlines', () => {
    expect(callStatusAt({ openingAt: d('2026-12-01'), deadlineAts: [], portalStatus: 'forthcoming' }, now)).toBe('forthcoming');
    expect(callStatusAt({ openingAt: d('2026-05-01'), deadlineAts: [], portalStatus: 'forthcoming' }, now)).toBe('open');
    expect(callStatusAt({ openingAt: null, deadlineAts: [], portalStatus: 'open' }, now)).toBe('open');
    expect(callStatusAt({ openingAt: null, deadlineAts: [], portalStatus: 'closed' }, now)).toBe('closed');
    expect(callStatusAt({ openingAt: d('2026-01-01'), deadlineAts: [], portalStatus: null }, now)).toBe('open');
    expect(callStatusAt({ openingAt: null, deadlineAts: [], portalStatus: null }, now)).toBe('closed');
  });

  it('gives the next deadline not yet past, or null', () => {
    expect(nextDeadlineAt([d('2026-03-01'), d('2026-09-01'), d('2026-10-01')], now)).toEqual(d('2026-09-01'));
    expect(nextDeadlineAt([d('2026-03-01')], now)).toBeNull();
    expect(nextDeadlineAt([], now)).toBeNull();
  });
});
