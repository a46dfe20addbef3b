import type { CallStatus } from './calls.table.ts';

export interface CallDates {
  openingAt: Date | null;
  /** Every deadline, ascending. */
  deadlineAts: Date[];
  /** The portal's own status: used only when the call has no dates to decide by. */
  portalStatus: CallStatus | null;
}

/**
 * The status a call has at `now`, from its dates: the portal's status goes stale between its
 * refreshes (a topic stays "Open" for days after its last cut-off). A call with a deadline still
 * ahead is open once its opening date has passed, forthcoming before; a call whose deadlines are
 * all past is closed. Without deadlines the opening date and the portal's status decide.
 * call-status-sql.ts says the same in SQL; a test keeps the two in step.
 */
export function callStatusAt(call: CallDates, now: Date): CallStatus {
  const t = now.getTime();
  const opens = call.openingAt?.getTime();
  const last = call.deadlineAts.length ? call.deadlineAts[call.deadlineAts.length - 1].getTime() : undefined;
  if (last !== undefined) {
    if (last < t) return 'closed';
    return opens !== undefined && opens > t ? 'forthcoming' : 'open';
  }
  if (opens !== undefined && opens > t) return 'forthcoming';
  if (call.portalStatus === 'forthcoming' && opens !== undefined) return 'open';
  return call.portalStatus ?? (opens !== undefined ? 'open' : 'closed');
}

/** The first deadline not yet past at `now`, or null. */
export function nextDeadlineAt(deadlineAts: Date[], now: Date): Date | null {
  const t = now.getTime();
  return deadlineAts.find((d) => d.getTime() >= t) ?? null;
}
