import { AppError } from '../../shared/errors.ts';
import type { LockedActivity } from './participant-access.ts';
import { registrationWindow, type RegistrationClosedBecause } from './registration-window.ts';

const refusals: Record<RegistrationClosedBecause, [code: string, message: string]> = {
  cancelled: ['activity_cancelled', 'The activity was cancelled.'],
  started: ['activity_started', 'The activity has started; only its organisers add participants now.'],
  closed: ['registration_closed', 'The organisers have closed the registration.'],
  'deadline-passed': ['registration_deadline_passed', 'The registration deadline has passed.'],
};

/** The 409 refusing a self-registration, naming why the window is closed (`details.closedBecause`); null while open. */
export function registrationRefusal(activity: LockedActivity, now: Date): AppError | null {
  // The capacity does not close the window (a full activity has a waiting list): registered is not needed here.
  const { closedBecause } = registrationWindow({ ...activity, registered: 0 }, now);
  if (!closedBecause) return null;
  const [code, message] = refusals[closedBecause];
  return new AppError(code, 409, message, [], { closedBecause });
}
