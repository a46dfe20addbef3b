import { dateIn, DEADLINE_TIME_ZONE } from '../../../shared/calendar-days.ts';

/**
 * Where a project's work plan stands, relative to a given day (ISO date strings compare in
 * calendar order, so no clock and no time zone is involved here).
 */
export interface MilestoneState {
  id: string;
  workPackageId: string | null;
  title: string;
  dueOn: string;
  status: 'planned' | 'done';
  doneOn: string | null;
}

/** A milestone is late while it is still planned after its due day. */
export const isMilestoneLate = (m: Pick<MilestoneState, 'status' | 'dueOn'>, today: string) => m.status === 'planned' && m.dueOn < today;

export interface WorkPackageProgress {
  done: number;
  total: number;
  /** 0..1; a package without milestones counts by its own status. */
  ratio: number;
  late: number;
}

export function workPackageProgress(
  workPackage: { id: string; status: 'planned' | 'in-progress' | 'done' },
  milestones: readonly MilestoneState[],
  today: string,
): WorkPackageProgress {
  const own = milestones.filter((m) => m.workPackageId === workPackage.id);
  const done = own.filter((m) => m.status === 'done').length;
  const late = own.filter((m) => isMilestoneLate(m, today)).length;
  if (!own.length) return { done: 0, total: 0, ratio: workPackage.status === 'done' ? 1 : 0, late: 0 };
  // A package declared done is done, whatever milestones were left unticked.
  return { done, total: own.length, ratio: workPackage.status === 'done' ? 1 : done / own.length, late };
}

/** The planned milestone due first (a late one comes before upcoming ones), or null. */
export function nextMilestone<M extends Pick<MilestoneState, 'status' | 'dueOn' | 'title'>>(milestones: readonly M[]): M | null {
  const planned = milestones.filter((m) => m.status === 'planned');
  planned.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
  return planned[0] ?? null;
}

/** Today's date in Brussels, where EU deadlines and the partners' working days are counted. */
export function brusselsDate(now: Date): string {
  return dateIn(now, DEADLINE_TIME_ZONE);
}
