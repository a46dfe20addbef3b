import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.ts';
import { createWorkPlanWorld, seedProject, type WorkPlanWorld } from './work-plan-test-world.ts';

let t: TestApp;
let w: WorkPlanWorld;
let projectId: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await createWorkPlanWorld(t);
  projectId = (await seedProject(t, w, { callDeadlineAt: new Date('2026-03-10T16:00:00Z') })).id;
});

const wpUrl = () => `/api/projects/${projectId}/work-packages`;
const msUrl = () => `/api/projects/${projectId}/milestones`;
const indUrl = () => `/api/projects/${projectId}/indicators`;

describe('work packages', () => {
  it('are added with the next number and a consortium lead, and read by project readers', async () => {
    const first = await w.dortmundCoordinator.post(wpUrl(), {
      title: 'Project management',
      leadOrganisationId: w.dortmundOrg.id,
      startsOn: '2026-09-01',
      endsOn: '2028-08-31',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      number: 1,
      status: 'planned',
      leadOrganisation: { id: w.dortmundOrg.id, name: 'Wirtschaftsförderung Dortmund' },
      version: 1,
    });
    const second = await w.consortiumEditor.post(wpUrl(), { title: 'Pilots in Cluj', leadOrganisationId: w.clujOrg.id });
    expect(second.status).toBe(201);
    expect(second.body.number).toBe(2);

    const list = await w.dortmundMember.get(wpUrl());
    expect(list.status).toBe(200);
    expect(list.body.workPackages.map((wp: { number: number }) => wp.number)).toEqual([1, 2]);
  });

  it('refuse a lead outside the consortium, a taken number and an end before the start, naming the field', async () => {
    const outside = await w.admin.post(wpUrl(), { title: 'X', leadOrganisationId: w.outsideOrg.id });
    expect(outside.status).toBe(400);
    expect(outside.body.fields).toEqual([expect.objectContaining({ path: 'leadOrganisationId', rule: 'consortium_member' })]);
    const taken = await w.admin.post(wpUrl(), { number: 1, title: 'Again' });
    expect(taken.status).toBe(409);
    expect(taken.body.fields[0].path).toBe('number');
    const dates = await w.admin.post(wpUrl(), { title: 'Y', startsOn: '2027-01-01', endsOn: '2026-01-01' });
    expect(dates.status).toBe(400);
    expect(dates.body.fields[0].path).toBe('endsOn');
    const empty = await w.admin.post(wpUrl(), { title: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.fields[0].path).toBe('title');
  });

  it('are changed with the version read; a stale version is a conflict', async () => {
    const wp = (await w.admin.post(wpUrl(), { title: 'Dissemination' })).body;
    const changed = await w.consortiumEditor.patch(`${wpUrl()}/${wp.id}`, { version: wp.version, status: 'in-progress', title: 'Dissemination and outreach' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'in-progress', title: 'Dissemination and outreach', version: 2 });
    const stale = await w.dortmundCoordinator.patch(`${wpUrl()}/${wp.id}`, { version: 1, status: 'done' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await w.dortmundCoordinator.delete(`${wpUrl()}/${wp.id}`)).status).toBe(204);
    expect((await w.dortmundCoordinator.delete(`${wpUrl()}/${wp.id}`)).status).toBe(404);
  });

  it('refuse writers without the right and hide the project from those who may not read it', async () => {
    const body = { title: 'Sneaky package' };
    expect((await t.anonymous().get(wpUrl())).status).toBe(401);
    expect((await t.anonymous().post(wpUrl(), body)).status).toBe(401);
    // A coordinator of a city outside the partnership does not even learn the project exists.
    expect((await w.lyonCoordinator.get(wpUrl())).status).toBe(404);
    expect((await w.lyonCoordinator.post(wpUrl(), body)).status).toBe(404);
    // Readers of the partnership's cities who are neither coordinators nor consortium editors.
    expect((await w.dortmundMember.post(wpUrl(), body)).status).toBe(403);
    expect((await w.outsideEditor.get(wpUrl())).status).toBe(200);
    expect((await w.outsideEditor.post(wpUrl(), body)).status).toBe(403);
    const list = (await w.admin.get(wpUrl())).body.workPackages;
    expect(list.some((wp: { title: string }) => wp.title === body.title)).toBe(false);
    expect((await w.admin.get('/api/projects/00000000-0000-4000-8000-000000000000/work-packages')).status).toBe(404);
  });
});

describe('milestones', () => {
  it('are due, late and done; done milestones count toward their work package', async () => {
    const wp = (await w.admin.post(wpUrl(), { title: 'Pilots', leadOrganisationId: w.clujOrg.id })).body;
    const past = await w.consortiumEditor.post(msUrl(), {
      title: 'Pilot sites chosen',
      dueOn: '2020-02-01',
      workPackageId: wp.id,
      ownerOrganisationId: w.clujOrg.id,
    });
    expect(past.status).toBe(201);
    expect(past.body).toMatchObject({ status: 'planned', late: true, ownerOrganisation: { id: w.clujOrg.id } });
    const future = (await w.consortiumEditor.post(msUrl(), { title: 'Pilot report', dueOn: '2099-06-30', workPackageId: wp.id })).body;
    expect(future.late).toBe(false);

    const done = await w.consortiumEditor.post(`${msUrl()}/${past.body.id}/done`, { version: past.body.version, doneOn: '2020-02-10' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', doneOn: '2020-02-10', late: false, version: 2 });
    const again = await w.consortiumEditor.post(`${msUrl()}/${past.body.id}/done`, { version: 2 });
    expect(again.status).toBe(409);

    const list = (await w.dortmundMember.get(msUrl())).body;
    expect(list.nextMilestoneId).toBe(future.id);
    const progress = (await w.dortmundMember.get(wpUrl())).body.workPackages.find((p: { id: string }) => p.id === wp.id).progress;
    expect(progress).toEqual({ done: 1, total: 2, ratio: 0.5, late: 0 });

    const reopened = await w.dortmundCoordinator.patch(`${msUrl()}/${past.body.id}`, { version: 2, status: 'planned' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'planned', doneOn: null, late: true });
  });

  it('refuse a work package of another project, an owner outside the consortium, and a done day in the future', async () => {
    const other = await seedProject(t, w, { title: 'Other project' });
    const otherWp = (await w.admin.post(`/api/projects/${other.id}/work-packages`, { title: 'Elsewhere' })).body;
    const wrongWp = await w.admin.post(msUrl(), { title: 'M', dueOn: '2027-01-01', workPackageId: otherWp.id });
    expect(wrongWp.status).toBe(400);
    expect(wrongWp.body.fields[0]).toMatchObject({ path: 'workPackageId' });
    const wrongOwner = await w.admin.post(msUrl(), { title: 'M', dueOn: '2027-01-01', ownerOrganisationId: w.outsideOrg.id });
    expect(wrongOwner.body.fields[0]).toMatchObject({ path: 'ownerOrganisationId', rule: 'consortium_member' });
    const badDate = await w.admin.post(msUrl(), { title: 'M', dueOn: '31.12.2027' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields[0].path).toBe('dueOn');
    const m = (await w.admin.post(msUrl(), { title: 'Future', dueOn: '2099-01-01' })).body;
    const future = await w.admin.post(`${msUrl()}/${m.id}/done`, { version: 1, doneOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.fields[0]).toMatchObject({ path: 'doneOn', rule: 'not_future' });
    // A milestone is reached through its own project's URL only.
    expect((await w.admin.post(`/api/projects/${other.id}/milestones/${m.id}/done`, { version: 1 })).status).toBe(404);
  });

  it('refuse writers without the right', async () => {
    const m = (await w.admin.post(msUrl(), { title: 'Guarded', dueOn: '2027-05-01' })).body;
    expect((await t.anonymous().post(`${msUrl()}/${m.id}/done`, { version: 1 })).status).toBe(401);
    expect((await w.outsideEditor.post(`${msUrl()}/${m.id}/done`, { version: 1 })).status).toBe(403);
    expect((await w.dortmundMember.patch(`${msUrl()}/${m.id}`, { version: 1, title: 'Mine now' })).status).toBe(403);
    expect((await w.lyonCoordinator.delete(`${msUrl()}/${m.id}`)).status).toBe(404);
    expect((await w.lyonCoordinator.get(msUrl())).status).toBe(404);
    expect((await w.consortiumEditor.delete(`${msUrl()}/${m.id}`)).status).toBe(204);
  });
});

describe('outcomes and indicators', () => {
  it('measure progress toward the target, also for indicators that should go down', async () => {
    const co2 = await w.consortiumEditor.post(indUrl(), {
      outcome: 'Less traffic in pilot districts',
      indicator: 'CO₂ emissions',
      unit: 't/year',
      baseline: 1000,
      target: 600,
    });
    expect(co2.status).toBe(201);
    expect(co2.body).toMatchObject({ baseline: 1000, target: 600, achieved: null, progress: { direction: 'decrease', ratio: null } });
    const measured = await w.dortmundCoordinator.patch(`${indUrl()}/${co2.body.id}`, { version: 1, achieved: 900 });
    expect(measured.status).toBe(200);
    expect(measured.body).toMatchObject({ achieved: 900, progress: { direction: 'decrease', ratio: 0.25, reached: false }, version: 2 });
    expect((await w.dortmundCoordinator.patch(`${indUrl()}/${co2.body.id}`, { version: 1, achieved: 500 })).status).toBe(409);
    const startups = (await w.admin.post(indUrl(), { outcome: 'Start-ups cooperate', indicator: 'Joint pilots', target: 4.5, achieved: 4.5 })).body;
    expect(startups).toMatchObject({ baseline: 0, target: 4.5, progress: { reached: true, ratio: 1 } });
    const list = (await w.dortmundMember.get(indUrl())).body.indicators;
    expect(list.map((i: { indicator: string }) => i.indicator)).toEqual(['CO₂ emissions', 'Joint pilots']);
  });

  it('refuse bad numbers and writers without the right', async () => {
    const bad = await w.admin.post(indUrl(), { outcome: 'O', indicator: 'I', target: 'many' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('target');
    expect((await t.anonymous().get(indUrl())).status).toBe(401);
    expect((await w.lyonCoordinator.get(indUrl())).status).toBe(404);
    expect((await w.outsideEditor.post(indUrl(), { outcome: 'O', indicator: 'I', target: 1 })).status).toBe(403);
    const ind = (await w.admin.post(indUrl(), { outcome: 'O', indicator: 'Removable', target: 1 })).body;
    expect((await w.dortmundMember.delete(`${indUrl()}/${ind.id}`)).status).toBe(403);
    expect((await w.clujCoordinator.delete(`${indUrl()}/${ind.id}`)).status).toBe(204);
  });
});

describe('project timeline', () => {
  it('merges stage events, the call deadline, work packages and milestones, oldest first', async () => {
    const project = await seedProject(t, w, {
      title: 'Timeline project',
      callDeadlineAt: new Date('2026-03-10T16:00:00Z'),
      history: [
        { to: 'idea', on: '2026-01-05' },
        { to: 'drafting', on: '2026-02-01' },
      ],
    });
    const base = `/api/projects/${project.id}`;
    const wp = (await w.admin.post(`${base}/work-packages`, { title: 'Management', startsOn: '2026-09-01', endsOn: '2027-08-31' })).body;
    const m = (await w.admin.post(`${base}/milestones`, { title: 'Kick-off', dueOn: '2026-09-15', workPackageId: wp.id })).body;
    await w.admin.post(`${base}/milestones/${m.id}/done`, { version: 1, doneOn: '2026-09-10' });
    const res = await w.consortiumEditor.get(`${base}/timeline`);
    expect(res.status).toBe(200);
    expect(res.body.entries.map((e: { on: string; kind: string }) => `${e.on} ${e.kind}`)).toEqual([
      '2026-01-05 stage',
      '2026-02-01 stage',
      '2026-03-10 call-deadline',
      '2026-09-01 work-package-start',
      '2026-09-10 milestone-done',
      '2027-08-31 work-package-end',
    ]);
    expect(res.body.entries[2].at).toBe('2026-03-10T16:00:00.000Z');
    expect((await t.anonymous().get(`${base}/timeline`)).status).toBe(401);
    expect((await w.lyonCoordinator.get(`${base}/timeline`)).status).toBe(404);
  });
});
