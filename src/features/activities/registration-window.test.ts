import { describe, expect, it } from 'vitest';
import { registrationWindow, type RegistrationFacts } from './registration-window.ts';

const now = new Date('2027-05-01T10:00:00Z');
const facts = (overrides: Partial<RegistrationFacts> = {}): RegistrationFacts => ({
  status: 'planned',
  registrationOpen: true,
  registrationDeadline: null,
  startsAt: new Date('2027-05-10T08:00:00Z'),
  capacity: null,
  registered: 0,
  ...overrides,
});

describe('the registration window', () => {
  it('is open for a planned activity that has not started, with no limit', () => {
    expect(registrationWindow(facts(), now)).toEqual({ open: true, closedBecause: null, placesLeft: null });
  });

  it('counts the places left and stays open when full (the waiting list takes the next)', () => {
    expect(registrationWindow(facts({ capacity: 20, registered: 7 }), now)).toMatchObject({ open: true, placesLeft: 13 });
    expect(registrationWindow(facts({ capacity: 20, registered: 25 }), now)).toMatchObject({ open: true, placesLeft: 0 });
  });

  it('is closed when the organisers closed it', () => {
    expect(registrationWindow(facts({ registrationOpen: false }), now)).toMatchObject({ open: false, closedBecause: 'closed' });
  });

  it('closes after the deadline, not at it', () => {
    expect(registrationWindow(facts({ registrationDeadline: now }), now).open).toBe(true);
    expect(registrationWindow(facts({ registrationDeadline: new Date(now.getTime() - 60_000) }), now)).toMatchObject({
      open: false,
      closedBecause: 'deadline-passed',
    });
  });

  it('closes once the activity has started', () => {
    expect(registrationWindow(facts({ startsAt: now }), now)).toMatchObject({ open: false, closedBecause: 'started' });
  });

  it('names the most decisive reason: cancelled before started before closed before the deadline', () => {
    const past = new Date('2027-04-01T00:00:00Z');
    expect(registrationWindow(facts({ status: 'cancelled', startsAt: past, registrationOpen: false, registrationDeadline: past }), now).closedBecause).toBe(
      'cancelled',
    );
    expect(registrationWindow(facts({ startsAt: past, registrationOpen: false, registrationDeadline: past }), now).closedBecause).toBe('started');
    expect(registrationWindow(facts({ registrationOpen: false, registrationDeadline: past }), now).closedBecause).toBe('closed');
  });
});
