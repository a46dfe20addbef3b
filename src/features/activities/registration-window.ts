import type { ActivityStatus } from './activity-vocabulary.ts';

/** Why self-registration is not possible now, most decisive first. */
export type RegistrationClosedBecause = 'cancelled' | 'started' | 'closed' | 'deadline-passed';

export interface RegistrationFacts {
  status: ActivityStatus;
  /** The organisers' setting. */
  registrationOpen: boolean;
  registrationDeadline: Date | null;
  startsAt: Date;
  capacity: number | null;
  /** Participants registered (not waiting, not cancelled). */
  registered: number;
}

export interface RegistrationWindow {
  open: boolean;
  closedBecause: RegistrationClosedBecause | null;
  /** Null: no capacity set. Zero while open means a registration goes to the waiting list. */
  placesLeft: number | null;
}

/**
 * Whether members may register themselves now. A cancelled activity takes nobody; once it has
 * started, only the organisers add people (a delegation arriving late is their call); the
 * organisers may close registration, and the deadline closes it. A full activity stays open: new
 * registrations join the waiting list.
 */
export function registrationWindow(f: RegistrationFacts, now: Date): RegistrationWindow {
  const placesLeft = f.capacity === null ? null : Math.max(0, f.capacity - f.registered);
  const closedBecause: RegistrationClosedBecause | null =
    f.status === 'cancelled'
      ? 'cancelled'
      : now >= f.startsAt
        ? 'started'
        : !f.registrationOpen
          ? 'closed'
          : f.registrationDeadline && now > f.registrationDeadline
            ? 'deadline-passed'
            : null;
  return { open: closedBecause === null, closedBecause, placesLeft };
}
