import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from './programme-vocabulary.ts';
import {
  asProgress,
  indicatorShare,
  lateness,
  measureProgress,
  rollUpField,
  rollUpGoal,
  rollUpProgramme,
  utcToday,
  type MeasureFacts,
} from './progress-roll-up.ts';

const today = '2026-06-15';
const m = (status: MeasureStatus, progress: number, startsOn: string | null = null, endsOn: string | null = null): MeasureFacts => ({
  status,
  progress,
  startsOn,
  endsOn,
});

describe('a measure', () => {
  it('counts 100 once done, whatever was typed', () => {
    expect(measureProgress(m('done', 40))).toBe(100);
    expect(measureProgress(m('running', 40))).toBe(40);
  });

  it('is overdue past its end unless done or dropped, not started past its start while planned', () => {
    expect(lateness(m('running', 10, '2026-01-01', '2026-06-14'), today)).toBe('overdue');
    expect(lateness(m('planned', 0, '2026-01-01', '2026-06-14'), today)).toBe('overdue');
    expect(lateness(m('running', 10, '2026-01-01', '2026-06-15'), today)).toBeNull(); // ends today: not yet late
    expect(lateness(m('done', 10, '2026-01-01', '2026-06-01'), today)).toBeNull();
    expect(lateness(m('dropped', 10, '2026-01-01', '2026-06-01'), today)).toBeNull();
    expect(lateness(m('planned', 0, '2026-06-14', null), today)).toBe('not-started');
    expect(lateness(m('planned', 0, '2026-06-15', null), today)).toBeNull();
    expect(lateness(m('running', 0, '2026-06-01', null), today)).toBeNull();
    expect(lateness(m('planned', 0, null, null), today)).toBeNull();
  });
});

describe('the roll-up', () => {
  it('makes a goal the mean of its measures that are not dropped, with counts by status and late', () => {
    const goal = rollUpGoal({ measures: [m('done', 20), m('running', 50, null, '2026-01-01'), m('dropped', 0), m('planned', 0, '2026-01-01')] }, today);
    expect(asProgress(goal)).toEqual({ progress: 50, measures: 4, byStatus: { planned: 1, running: 1, done: 1, dropped: 1 }, late: 2 });
  });

  it('leaves goals without a measure to count out of the field, and fields without one out of the programme', () => {
    const field = rollUpField(
      { goals: [{ measures: [m('running', 30)] }, { measures: [] }, { measures: [m('dropped', 90)] }, { measures: [m('done', 0)] }] },
      today,
    );
    expect(field.progress).toBe(65);
    expect(field.measures).toBe(3);
    const programme = rollUpProgramme(
      [{ goals: [{ measures: [m('running', 30)] }, { measures: [m('done', 0)] }] }, { goals: [] }, { goals: [{ measures: [m('running', 20)] }] }],
      today,
    );
    expect(programme.progress).toBe(42.5);
    expect(asProgress(rollUpProgramme([], today))).toEqual({ progress: 0, measures: 0, byStatus: { planned: 0, running: 0, done: 0, dropped: 0 }, late: 0 });
  });

  it('takes the UTC date as today', () => {
    expect(utcToday(new Date('2026-06-15T23:30:00-02:00'))).toBe('2026-06-16');
  });
});

describe('an indicator', () => {
  it('says how much of the way from baseline to target was achieved, clamped to 0..1', () => {
    expect(indicatorShare({ baseline: 10, target: 30, achieved: 20 })).toBe(0.5);
    expect(indicatorShare({ baseline: null, target: 40, achieved: 10 })).toBe(0.25);
    expect(indicatorShare({ baseline: 10, target: 30, achieved: 50 })).toBe(1);
    expect(indicatorShare({ baseline: 10, target: 30, achieved: 5 })).toBe(0);
    // A target below the baseline (fewer cars in the centre): going down is progress.
    expect(indicatorShare({ baseline: 100, target: 50, achieved: 75 })).toBe(0.5);
  });

  it('has no share without a target, when the target is the baseline, or before anything was measured', () => {
    expect(indicatorShare({ baseline: 10, target: null, achieved: 20 })).toBeNull();
    expect(indicatorShare({ baseline: 10, target: 10, achieved: 20 })).toBeNull();
    expect(indicatorShare({ baseline: 10, target: 20, achieved: null })).toBeNull();
  });
});
