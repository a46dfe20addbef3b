import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createProjectsWorld } from './projects-test-world.ts';

/**
 * `can` on a project (issue 12): `manage` is true exactly when an edit of the project is not
 * refused, `editWorkPlan` exactly when adding a work package is not; those who may not read the
 * project get a 404 for both, the public a 401.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof createProjectsWorld>>;
let projectId: string;
type Client = ReturnType<TestApp['anonymous']>;
const refused = (status: number) => status === 401 || status === 403 || status === 404;

beforeAll(async () => {
  t = await createTestApp();
  w = await createProjectsWorld(t);
  const p = await w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', title: 'Heat twins' });
  expect(p.status).toBe(201);
  projectId = p.body.id;
  expect((await w.dortmundCoordinator.post(`/api/projects/${projectId}/partners`, { organisation: 'cluj-it', role: 'partner' })).status).toBe(201);
});

describe('a project’s can', () => {
  it('is what the actions answer, for every caller', async () => {
    const callers: [string, Client, { manage: boolean; editWorkPlan: boolean } | 'hidden'][] = [
      ['admin', w.admin, { manage: true, editWorkPlan: true }],
      ['coordinator of the partnership city', w.dortmundCoordinator, { manage: true, editWorkPlan: true }],
      ['coordinator of the partner city', w.clujCoordinator, { manage: true, editWorkPlan: true }],
      ['coordinator of another city', w.lyonCoordinator, 'hidden'],
      ['org-editor of a consortium organisation', w.clujEditor, { manage: false, editWorkPlan: true }],
      ['org-editor outside the consortium', w.lyonEditor, 'hidden'],
      ['member of the partnership city', w.dortmundMember, { manage: false, editWorkPlan: false }],
      ['the public', t.anonymous(), 'hidden'],
    ];
    for (const [who, client, expected] of callers) {
      const read = await client.get(`/api/projects/${projectId}`);
      const version = (await w.admin.get(`/api/projects/${projectId}`)).body.version;
      const edit = await client.patch(`/api/projects/${projectId}`, { version, summary: `Read by ${who}` });
      const wp = await client.post(`/api/projects/${projectId}/work-packages`, { title: `WP by ${who}` });
      if (expected === 'hidden') {
        expect(refused(read.status), who).toBe(true);
        expect(refused(edit.status), `${who}: manage`).toBe(true);
        expect(refused(wp.status), `${who}: editWorkPlan`).toBe(true);
        continue;
      }
      expect(read.status, who).toBe(200);
      expect(read.body.can, who).toEqual(expected);
      expect(read.body.permissions, who).toEqual({ canManage: expected.manage, canEditWorkPlan: expected.editWorkPlan });
      expect(refused(edit.status), `${who}: manage`).toBe(!expected.manage);
      if (expected.manage) expect(edit.body.can, `${who}: the edit answers with can`).toEqual(expected);
      expect(refused(wp.status), `${who}: editWorkPlan`).toBe(!expected.editWorkPlan);

      const list = await client.get('/api/projects');
      const card = list.body.items.find((i: { id: string }) => i.id === projectId);
      expect(card.can, who).toEqual({ manage: expected.manage });
      expect(card.canManage, who).toBe(expected.manage);
    }
  });
});
