import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import type { TestClient } from '../../../testing/test-client.ts';
import { createWorkPlanWorld, seedProject, type WorkPlanWorld } from './work-plan-test-world.ts';

let t: TestApp;
let w: WorkPlanWorld;
let draftId: string;
let runningId: string;

type Entry = {
  kind: string;
  occurredOn: string;
  title: Record<string, string>;
  originalLang: string;
  projectId?: string;
  projectStage?: string;
  description: Record<string, string>;
};

async function projectEntries(client: TestClient): Promise<string[]> {
  const res = await client.get('/api/partnerships/dortmund-cluj-napoca');
  expect(res.status).toBe(200);
  return (res.body.timeline as Entry[])
    .filter((e) => e.projectId)
    .map((e) => `${e.occurredOn} ${e.kind} ${e.projectId === draftId ? 'draft' : 'running'} ${e.projectStage ?? e.title[e.originalLang]}`);
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorkPlanWorld(t);
  draftId = (
    await seedProject(t, w, {
      title: 'Smart Districts',
      stage: 'submitted',
      history: [
        { to: 'idea', on: '2026-01-05' },
        { to: 'drafting', on: '2026-02-01' },
        { to: 'submitted', on: '2026-03-11' },
      ],
    })
  ).id;
  runningId = (
    await seedProject(t, w, {
      title: 'Start-up Bridge',
      stage: 'running',
      history: [
        { to: 'idea', on: '2025-01-10' },
        { to: 'submitted', on: '2025-03-01' },
        { to: 'rejected', on: '2025-06-01' },
        { to: 'submitted', on: '2025-09-01' },
        { to: 'funded', on: '2025-12-01' },
        { to: 'running', on: '2026-01-15' },
      ],
    })
  ).id;
  const m = (await w.admin.post(`/api/projects/${runningId}/milestones`, { title: 'Kick-off in Cluj', dueOn: '2026-02-01' })).body;
  await w.admin.post(`/api/projects/${runningId}/milestones/${m.id}/done`, { version: 1, doneOn: '2026-02-03' });
  // A planned milestone is not news.
  await w.admin.post(`/api/projects/${runningId}/milestones`, { title: 'Final conference', dueOn: '2027-06-01' });
  await w.admin.post('/api/partnerships/dortmund-cluj-napoca/timeline', { kind: 'meeting', occurredOn: '2026-01-20', title: { en: 'Steering group' } });
});

describe('joint projects on the partnership timeline', () => {
  it('shows readers of the projects every project entry, merged with the hand-entered events, newest first', async () => {
    expect(await projectEntries(w.dortmundMember)).toEqual([
      '2026-03-11 project-stage draft submitted',
      '2026-02-03 project-milestone running Kick-off in Cluj',
      '2026-01-15 project-stage running running',
      '2026-01-05 project-started draft idea',
      '2025-12-01 project-stage running funded',
      '2025-09-01 project-stage running submitted',
      '2025-06-01 project-stage running rejected',
      '2025-03-01 project-stage running submitted',
      '2025-01-10 project-started running idea',
    ]);
    const timeline = (await w.dortmundMember.get('/api/partnerships/dortmund-cluj-napoca')).body.timeline as Entry[];
    expect(timeline.map((e) => e.occurredOn)).toEqual(
      timeline
        .map((e) => e.occurredOn)
        .sort()
        .reverse(),
    );
    expect(timeline.find((e) => e.kind === 'meeting')).toMatchObject({ title: { en: 'Steering group' } });
    expect(timeline.find((e) => e.kind === 'project-milestone')).toMatchObject({ projectTitle: 'Start-up Bridge', projectId: runningId });
  });

  it('shows the public and other cities only funded, running or completed projects, without their rejections', async () => {
    const publicView = [
      '2026-02-03 project-milestone running Kick-off in Cluj',
      '2026-01-15 project-stage running running',
      '2025-12-01 project-stage running funded',
      '2025-09-01 project-stage running submitted',
      '2025-03-01 project-stage running submitted',
      '2025-01-10 project-started running idea',
    ];
    expect(await projectEntries(t.anonymous())).toEqual(publicView);
    expect(await projectEntries(w.lyonCoordinator)).toEqual(publicView);
  });
});
