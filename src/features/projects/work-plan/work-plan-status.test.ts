import { describe, expect, it } from 'vitest';
import { brusselsDate, isMilestoneLate, nextMilestone, workPackageProgress, type MilestoneState } from './work-plan-status.ts';

const m = (id: string, dueOn: string, status: 'planned' | 'done' = 'planned', workPackageId: string | null = 'wp1'): MilestoneState => ({
  id,
  workPackageId,
  title: `M ${id}`,
  dueOn,
  status,
  doneOn: status === 'done' ? dueOn : null,
});

describe('work plan status', () => {
  it('calls a planned milestone late only after its due day', () => {
    expect(isMilestoneLate(m('a', '2026-03-01'), '2026-03-01')).toBe(false);
    expect(isMilestoneLate(m('a', '2026-03-01'), '2026-03-02')).toBe(true);
    expect(isMilestoneLate(m('a', '2026-03-01', 'done'), '2027-01-01')).toBe(false);
  });

  it('measures a work package by its milestones, or by its own status without any', () => {
    const ms = [m('a', '2026-01-01', 'done'), m('b', '2026-02-01'), m('c', '2026-05-01'), m('d', '2026-01-01', 'planned', 'wp2')];
    expect(workPackageProgress({ id: 'wp1', status: 'in-progress' }, ms, '2026-03-01')).toEqual({ done: 1, total: 3, ratio: 1 / 3, late: 1 });
    expect(workPackageProgress({ id: 'wp3', status: 'planned' }, ms, '2026-03-01')).toEqual({ done: 0, total: 0, ratio: 0, late: 0 });
    expect(workPackageProgress({ id: 'wp3', status: 'done' }, ms, '2026-03-01').ratio).toBe(1);
    expect(workPackageProgress({ id: 'wp1', status: 'done' }, ms, '2026-03-01').ratio).toBe(1);
  });

  it('finds the next milestone among the planned ones, late ones first', () => {
    expect(nextMilestone([m('a', '2026-01-01', 'done'), m('b', '2026-06-01'), m('c', '2026-02-01')])?.id).toBe('c');
    expect(nextMilestone([m('a', '2026-01-01', 'done')])).toBeNull();
  });

  it('dates an instant in Brussels', () => {
    expect(brusselsDate(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
    expect(brusselsDate(new Date('2026-07-10T21:59:00Z'))).toBe('2026-07-10');
  });
});
