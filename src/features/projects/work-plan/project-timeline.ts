import { brusselsDate, type MilestoneState } from './work-plan-status.ts';

export const projectTimelineKinds = ['stage', 'call-deadline', 'work-package-start', 'work-package-end', 'milestone-due', 'milestone-done'] as const;
export type ProjectTimelineKind = (typeof projectTimelineKinds)[number];

export interface ProjectTimelineEntry {
  kind: ProjectTimelineKind;
  /** ISO date; a call deadline also carries its exact instant in `at`. */
  on: string;
  at: string | null;
  title: string;
  /** The stage event, work package or milestone the entry comes from. */
  refId: string | null;
  stage: string | null;
  fromStage: string | null;
  workPackageNumber: number | null;
}

export interface ProjectTimelineSources {
  stageEvents: readonly { id: string; fromStage: string | null; toStage: string; occurredOn: string; note: string | null }[];
  workPackages: readonly { id: string; number: number; title: string; startsOn: string | null; endsOn: string | null }[];
  milestones: readonly MilestoneState[];
  callDeadlineAt: Date | null;
  callTitle?: string | null;
}

// On the same day, things happen in this order: a stage change opens the day, a deadline closes it.
const order: Record<ProjectTimelineKind, number> = {
  stage: 0,
  'work-package-start': 1,
  'milestone-done': 2,
  'milestone-due': 3,
  'work-package-end': 4,
  'call-deadline': 5,
};

const entry = (e: Partial<ProjectTimelineEntry> & Pick<ProjectTimelineEntry, 'kind' | 'on' | 'title'>): ProjectTimelineEntry => ({
  at: null,
  refId: null,
  stage: null,
  fromStage: null,
  workPackageNumber: null,
  ...e,
});

/**
 * One dated list, oldest first, of everything that happened or is due in a project: stage
 * changes, the call deadline (dated in Brussels, where the portal counts it), work package
 * starts and ends, milestones due (while planned) or done (on the day they were done).
 */
export function projectTimeline(s: ProjectTimelineSources): ProjectTimelineEntry[] {
  const out: ProjectTimelineEntry[] = [];
  for (const e of s.stageEvents) {
    out.push(entry({ kind: 'stage', on: e.occurredOn, title: e.note ?? '', refId: e.id, stage: e.toStage, fromStage: e.fromStage }));
  }
  if (s.callDeadlineAt) {
    out.push(entry({ kind: 'call-deadline', on: brusselsDate(s.callDeadlineAt), at: s.callDeadlineAt.toISOString(), title: s.callTitle ?? '' }));
  }
  for (const wp of s.workPackages) {
    const common = { title: wp.title, refId: wp.id, workPackageNumber: wp.number };
    if (wp.startsOn) out.push(entry({ kind: 'work-package-start', on: wp.startsOn, ...common }));
    if (wp.endsOn) out.push(entry({ kind: 'work-package-end', on: wp.endsOn, ...common }));
  }
  const numberOf = new Map(s.workPackages.map((wp) => [wp.id, wp.number]));
  for (const m of s.milestones) {
    const common = { title: m.title, refId: m.id, workPackageNumber: m.workPackageId ? (numberOf.get(m.workPackageId) ?? null) : null };
    if (m.status === 'done' && m.doneOn) out.push(entry({ kind: 'milestone-done', on: m.doneOn, ...common }));
    else out.push(entry({ kind: 'milestone-due', on: m.dueOn, ...common }));
  }
  return out.sort((a, b) => a.on.localeCompare(b.on) || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title));
}
