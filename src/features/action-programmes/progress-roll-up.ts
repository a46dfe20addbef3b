import type { ProgrammeProgress } from './action-programmes.schemas.ts';
import type { MeasureStatus } from './programme-vocabulary.ts';

/**
 * How far a programme has come, rolled up from its measures as Decidim's accountability does
 * (a parent's progress is the mean of its children's):
 *
 * - a measure's progress is what was typed, except that a done measure counts 100 (a coordinator
 *   who marks it done has finished it, whatever the number field still says);
 * - a goal's progress is the mean of its measures that are not dropped (a dropped measure is not
 *   work left undone: it leaves the mean);
 * - a field of action's progress is the mean of its goals that have a measure to count; the
 *   programme's is the mean of its fields that have one.
 *
 * Parts with nothing to count (an empty goal, a goal whose measures were all dropped, a field
 * without goals) leave the mean at every level, for the same reason as dropped measures: a field
 * of action added for a new theme, still without goals, says nothing about how far the others
 * have come, and must not pull the programme down to look as if work had gone backwards. A part
 * with nothing to count shows 0.
 *
 * Figures are unrounded (the page rounds for display) so that progress-roll-up-sql.ts, which says
 * the same in SQL for the list of programmes, can be compared with this to the last digit that
 * matters; a test keeps the two in step on random trees.
 *
 * "Today" is a parameter: the UTC date of the request (utcToday), the same for both cities of a
 * partnership whatever their time zones, so that a measure is late on the same day for both.
 */
export interface MeasureFacts {
  status: MeasureStatus;
  progress: number;
  startsOn: string | null;
  endsOn: string | null;
}

export type Lateness = 'overdue' | 'not-started';

export interface GoalTree {
  measures: readonly MeasureFacts[];
}
export interface FieldTree {
  goals: readonly GoalTree[];
}

/** The UTC date (YYYY-MM-DD) of an instant: the "today" of the roll-up. */
export const utcToday = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** A measure's progress: 100 when done, else what was typed. */
export const measureProgress = (m: Pick<MeasureFacts, 'status' | 'progress'>) => (m.status === 'done' ? 100 : m.progress);

/**
 * overdue: its end is before today and it is neither done nor dropped; not-started: its start is
 * before today and it is still planned. An overdue measure is overdue, whatever else.
 */
export function lateness(m: MeasureFacts, today: string): Lateness | null {
  const open = m.status !== 'done' && m.status !== 'dropped';
  if (open && m.endsOn !== null && m.endsOn < today) return 'overdue';
  if (m.status === 'planned' && m.startsOn !== null && m.startsOn < today) return 'not-started';
  return null;
}

/** A roll-up with what it counts: `counted` is false when nothing below counts (it leaves the parent's mean). */
export interface RollUp extends ProgrammeProgress {
  counted: boolean;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

const emptyCounts = (): Omit<ProgrammeProgress, 'progress'> => ({ measures: 0, byStatus: { planned: 0, running: 0, done: 0, dropped: 0 }, late: 0 });

function sumCounts(parts: readonly RollUp[]): Omit<ProgrammeProgress, 'progress'> {
  const total = emptyCounts();
  for (const p of parts) {
    total.measures += p.measures;
    total.late += p.late;
    for (const s of Object.keys(total.byStatus) as MeasureStatus[]) total.byStatus[s] += p.byStatus[s];
  }
  return total;
}

/** A goal: the mean of its measures that are not dropped. */
export function rollUpGoal(goal: GoalTree, today: string): RollUp {
  const counts = emptyCounts();
  for (const m of goal.measures) {
    counts.measures++;
    counts.byStatus[m.status]++;
    if (lateness(m, today)) counts.late++;
  }
  const progress = mean(goal.measures.filter((m) => m.status !== 'dropped').map(measureProgress));
  return { ...counts, progress: progress ?? 0, counted: progress !== null };
}

/** A parent of already rolled-up parts (a field of its goals, a programme of its fields). */
export function rollUpParts(parts: readonly RollUp[]): RollUp {
  const progress = mean(parts.filter((p) => p.counted).map((p) => p.progress));
  return { ...sumCounts(parts), progress: progress ?? 0, counted: progress !== null };
}

export const rollUpField = (field: FieldTree, today: string) => rollUpParts(field.goals.map((g) => rollUpGoal(g, today)));

export const rollUpProgramme = (fields: readonly FieldTree[], today: string) => rollUpParts(fields.map((f) => rollUpField(f, today)));

/** The roll-up as the API shows it (without the bookkeeping flag). */
export const asProgress = ({ counted: _counted, ...progress }: RollUp): ProgrammeProgress => progress;

export interface IndicatorFigures {
  baseline: number | null;
  target: number | null;
  achieved: number | null;
}

/**
 * How much of the way from baseline to target was achieved, 0..1: (achieved − baseline) /
 * (target − baseline), clamped (overshooting is reached, falling below the baseline is none).
 * Null without a target, when the target is the baseline (no way to go), or when nothing has been
 * achieved yet (not measured is not zero). A missing baseline is taken as 0.
 */
export function indicatorShare(i: IndicatorFigures): number | null {
  if (i.target === null || i.achieved === null) return null;
  const baseline = i.baseline ?? 0;
  if (i.target === baseline) return null;
  const share = (i.achieved - baseline) / (i.target - baseline);
  return Math.min(1, Math.max(0, share));
}
