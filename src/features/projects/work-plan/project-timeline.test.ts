import { describe, expect, it } from 'vitest';
import { projectTimeline } from './project-timeline.ts';

describe('project timeline', () => {
  it('merges stage events, the call deadline, work packages and milestones into one dated list', () => {
    const entries = projectTimeline({
      stageEvents: [
        { id: 's1', fromStage: null, toStage: 'idea', occurredOn: '2026-01-05', note: null },
        { id: 's2', fromStage: 'drafting', toStage: 'submitted', occurredOn: '2026-03-11', note: 'Sent' },
      ],
      // 23:00 UTC on 10 March is 11 March in Brussels.
      callDeadlineAt: new Date('2026-03-10T23:00:00Z'),
      callTitle: 'CERV town twinning',
      workPackages: [{ id: 'wp1', number: 1, title: 'Management', startsOn: '2026-09-01', endsOn: '2027-08-31' }],
      milestones: [
        { id: 'm1', workPackageId: 'wp1', title: 'Kick-off', dueOn: '2026-09-15', status: 'done', doneOn: '2026-09-10' },
        { id: 'm2', workPackageId: null, title: 'Final report', dueOn: '2027-08-31', status: 'planned', doneOn: null },
      ],
    });
    expect(entries.map((e) => [e.on, e.kind, e.refId])).toEqual([
      ['2026-01-05', 'stage', 's1'],
      ['2026-03-11', 'stage', 's2'],
      ['2026-03-11', 'call-deadline', null],
      ['2026-09-01', 'work-package-start', 'wp1'],
      ['2026-09-10', 'milestone-done', 'm1'],
      ['2027-08-31', 'milestone-due', 'm2'],
      ['2027-08-31', 'work-package-end', 'wp1'],
    ]);
    expect(entries[2]).toMatchObject({ at: '2026-03-10T23:00:00.000Z', title: 'CERV town twinning' });
    expect(entries[4]).toMatchObject({ workPackageNumber: 1, title: 'Kick-off' });
    expect(entries[1]).toMatchObject({ stage: 'submitted', fromStage: 'drafting', title: 'Sent' });
  });

  it('is empty for a project without anything dated', () => {
    expect(projectTimeline({ stageEvents: [], workPackages: [], milestones: [], callDeadlineAt: null })).toEqual([]);
  });
});
