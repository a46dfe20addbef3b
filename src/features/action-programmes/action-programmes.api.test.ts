import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { activities } from '../activities/activities.table.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../partnerships/test-world.ts';

/**
 * The joint action programme over HTTP (issue 13): started with the partnership's focus themes,
 * filled with goals and measures, rolled up, edited by both cities' coordinators in turn, with
 * stale edits, bad input and strangers refused.
 */
let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;
let otherPartnershipId: string;
let orgId: string;
let projectId: string;
let foreignProjectId: string;

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
  otherPartnershipId = (
    await w.admin.post('/api/partnerships', partnershipBody(w, { key: 'dortmund-lyon', name: 'Dortmund – Lyon', cities: [w.dortmund.id, w.lyon.id] }))
  ).body.id;
  orgId = (await seedOrganisation(t.database.db, { cityId: w.cluj.id, name: 'Cluj IT Cluster' })).id;
  projectId = (await w.admin.post('/api/projects', { partnership: partnershipId, title: 'Smart Districts' })).body.id;
  foreignProjectId = (await w.admin.post('/api/projects', { partnership: otherPartnershipId, title: 'Lyon Lights' })).body.id;
});

const programmeBody = (overrides: Record<string, unknown> = {}) => ({
  title: { en: 'Action programme 2021–2024', de: 'Aktionsprogramm 2021–2024' },
  originalLang: 'de',
  startsOn: '2021-01-01',
  endsOn: '2024-12-31',
  ...overrides,
});
const measureBody = (overrides: Record<string, unknown> = {}) => ({
  title: { en: 'Open data portal' },
  status: 'running',
  progress: 40,
  startsOn: '2021-03-01',
  endsOn: '2099-12-31',
  budget: 12000.5,
  sdgTargets: ['11.3', '17.17'],
  responsibles: [
    { cityId: w.dortmund.id, office: 'Digital office' },
    { cityId: w.cluj.id, organisationId: orgId },
  ],
  indicators: [{ name: { en: 'Data sets published' }, unit: 'data sets', baseline: 10, target: 110, achieved: 60, source: 'Portal statistics' }],
  projectIds: [projectId],
  ...overrides,
});

const fieldPaths = (body: { fields?: { path: string }[] }) => (body.fields ?? []).map((f) => f.path);

describe('an action programme', () => {
  let programme: any;

  it('starts with one field of action per theme of the partnership, named in the reader’s language', async () => {
    const res = await w.dortmundCoordinator.post(`/api/partnerships/dortmund-cluj-napoca/programmes?lang=de`, programmeBody());
    expect(res.status).toBe(201);
    programme = res.body;
    expect(programme).toMatchObject({
      key: 'aktionsprogramm-2021-2024',
      partnershipId,
      partnership: { id: partnershipId, key: 'dortmund-cluj-napoca' },
      originalLang: 'de',
      title: programmeBody().title,
      version: 1,
      can: { edit: true, delete: true, addField: true },
      rollUp: { progress: 0, measures: 0, late: 0 },
    });
    expect(programme.fields.map((f: any) => f.themeKey)).toEqual(['digitalisation-smart-city', 'innovation-clusters', 'technology-startups']);
    expect(programme.fields[0].themeName).toMatch(/Digitalisierung/);
    const romanian = await t.anonymous().request('GET', `/api/programmes/${programme.key}`, undefined, { 'accept-language': 'ro-RO,ro;q=0.9,en;q=0.5' });
    expect(romanian.body.fields[0].themeName).toBe('Digitalizare și oraș inteligent');
    expect(romanian.body.can).toEqual({ edit: false, delete: false, addField: false });
  });

  it('refuses a second programme whose period overlaps, naming startsOn', async () => {
    const res = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/programmes`, programmeBody({ startsOn: '2024-06-01', endsOn: '2027-12-31' }));
    expect(res.status).toBe(409);
    expect(fieldPaths(res.body)).toEqual(['startsOn']);
    const next = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/programmes`, programmeBody({ startsOn: '2025-01-01', endsOn: '2028-12-31' }));
    expect(next.status).toBe(201);
    expect(next.body.key).toBe('aktionsprogramm-2021-2024-2');
    const taken = await w.dortmundCoordinator.post(`/api/partnerships/${otherPartnershipId}/programmes`, programmeBody({ key: programme.key }));
    expect(taken.status).toBe(409);
    expect(fieldPaths(taken.body)).toEqual(['key']);
  });

  it('rolls progress up from measures to goals, fields and the programme, as its list says too', async () => {
    const field = programme.fields[0];
    const goal = (await w.dortmundCoordinator.post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'Open data' } })).body;
    const goal2 = (await w.clujCoordinator.post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'Smart lighting' } })).body;
    expect(goal.can).toEqual({ edit: true, delete: true, addMeasure: true });
    const first = await w.dortmundCoordinator.post(`/api/programme-goals/${goal.id}/measures`, measureBody());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      key: 'open-data-portal',
      status: 'running',
      progress: 40,
      late: null,
      budget: 12000.5,
      responsibles: [
        { cityId: w.dortmund.id, cityName: 'Dortmund', organisation: null, office: 'Digital office' },
        { cityId: w.cluj.id, cityName: 'Cluj-Napoca', organisation: { id: orgId, name: 'Cluj IT Cluster' }, office: null },
      ],
      indicators: [{ unit: 'data sets', baseline: 10, target: 110, achieved: 60, share: 0.5 }],
      projects: [{ id: projectId, title: 'Smart Districts' }],
      activities: [],
    });
    await w.dortmundCoordinator.post(
      `/api/programme-goals/${goal.id}/measures`,
      measureBody({ title: { en: 'Data hackathon' }, status: 'done', progress: 70 }),
    );
    await w.dortmundCoordinator.post(
      `/api/programme-goals/${goal.id}/measures`,
      measureBody({ title: { en: 'Dropped idea' }, status: 'dropped', progress: 0 }),
    );
    const late = await w.clujCoordinator.post(
      `/api/programme-goals/${goal2.id}/measures`,
      measureBody({ title: { en: 'LED street lights' }, status: 'planned', progress: 0, startsOn: '2021-01-01', endsOn: '2021-06-30', projectIds: [] }),
    );
    expect(late.body.late).toBe('overdue');
    // An empty field of action leaves the mean.
    const read = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body;
    const [g1, g2] = read.fields[0].goals;
    expect(g1.rollUp).toEqual({ progress: 70, measures: 3, byStatus: { planned: 0, running: 1, done: 1, dropped: 1 }, late: 0 });
    expect(g2.rollUp).toEqual({ progress: 0, measures: 1, byStatus: { planned: 1, running: 0, done: 0, dropped: 0 }, late: 1 });
    expect(read.fields[0].rollUp.progress).toBe(35);
    expect(read.fields[1].rollUp).toEqual({ progress: 0, measures: 0, byStatus: { planned: 0, running: 0, done: 0, dropped: 0 }, late: 0 });
    expect(read.rollUp).toEqual({ progress: 35, measures: 4, byStatus: { planned: 1, running: 1, done: 1, dropped: 1 }, late: 1 });
    // The public does not see the (non-public) project named.
    expect(g1.measures[0].projects).toEqual([]);
    const list = (await t.anonymous().get(`/api/partnerships/dortmund-cluj-napoca/programmes`)).body;
    expect(list.can).toEqual({ create: false });
    expect(list.items.map((p: any) => p.key)).toEqual(['aktionsprogramm-2021-2024-2', programme.key]);
    expect(list.items[1].rollUp).toEqual(read.rollUp);
  });

  it('lists under a measure the activities and projects that carry it out, as far as the reader may see them', async () => {
    const measure = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0].measures[0];
    const activity = (key: string, isPublic: boolean, day: string) => ({
      key,
      partnershipId,
      kind: 'workshop' as const,
      title: [{ lang: 'en', text: `Workshop ${key}` }],
      originalLang: 'en',
      timeZone: 'Europe/Berlin',
      startsAt: new Date(`${day}T08:00:00Z`),
      endsAt: new Date(`${day}T16:00:00Z`),
      measureId: measure.id,
      isPublic,
    });
    await t.database.db.insert(activities).values([activity('open-data-day', true, '2022-05-10'), activity('steering-meeting', false, '2022-03-01')]);
    const forPublic = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0].measures[0];
    expect(forPublic.activities).toEqual([
      { id: expect.any(String), key: 'open-data-day', title: { en: 'Workshop open-data-day' }, startsAt: '2022-05-10T08:00:00.000Z' },
    ]);
    expect(forPublic.projects).toEqual([]);
    const forMember = (await w.dortmundMember.get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0].measures[0];
    expect(forMember.activities.map((a: { key: string }) => a.key)).toEqual(['steering-meeting', 'open-data-day']);
    expect(forMember.projects).toEqual([{ id: projectId, title: 'Smart Districts' }]);
  });

  it('is edited by both cities’ coordinators in turn; a stale edit is refused with the current version', async () => {
    const goal = (await w.admin.post(`/api/programme-fields/${programme.fields[1].id}/goals`, { title: { en: 'Start-up exchange' } })).body;
    const measure = (await w.admin.post(`/api/programme-goals/${goal.id}/measures`, measureBody({ title: { en: 'Start-up week' } }))).body;
    const byDortmund = await w.dortmundCoordinator.put(`/api/programme-measures/${measure.id}`, measureBody({ version: measure.version, progress: 60 }));
    expect(byDortmund.status).toBe(200);
    expect(byDortmund.body).toMatchObject({ version: 2, progress: 60, key: measure.key });
    const byCluj = await w.clujCoordinator.put(`/api/programme-measures/${measure.id}`, measureBody({ version: byDortmund.body.version, status: 'done' }));
    expect(byCluj.status).toBe(200);
    expect(byCluj.body.version).toBe(3);
    const stale = await w.dortmundCoordinator.put(`/api/programme-measures/${measure.id}`, measureBody({ version: byDortmund.body.version, progress: 80 }));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect(stale.body.details?.currentVersion ?? stale.body.currentVersion).toBe(3);
    const staleProgramme = await w.clujCoordinator.put(`/api/programmes/${programme.id}`, { ...programmeBody(), version: 99 });
    expect(staleProgramme.status).toBe(409);
    // The history shows who changed the measure, for the programme's editors only.
    const history = await w.clujCoordinator.get(`/api/history/programme-measure/${measure.id}`);
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('Petra Schmidt');
    expect((await w.dortmundMember.get(`/api/history/programme-measure/${measure.id}`)).status).toBe(403);
  });

  it('names what is wrong in bad input, and never loses data', async () => {
    const goal = programme.fields[0].goals?.[0] ?? (await t.anonymous().get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0];
    const bad = await w.dortmundCoordinator.post(
      `/api/programme-goals/${goal.id}/measures`,
      measureBody({
        responsibles: [
          { cityId: w.dortmund.id, office: 'Digital office' },
          { cityId: w.lyon.id, office: 'Lyon office' },
          { cityId: w.cluj.id, organisationId: '00000000-0000-4000-8000-000000000000' },
        ],
        projectIds: [foreignProjectId],
      }),
    );
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['responsibles.1.cityId', 'responsibles.2.organisationId', 'projectIds.0']);
    const dup = await w.dortmundCoordinator.post(`/api/programme-goals/${goal.id}/measures`, measureBody({ key: 'open-data-portal' }));
    expect(dup.status).toBe(409);
    expect(fieldPaths(dup.body)).toEqual(['key']);
    const backwards = await w.dortmundCoordinator.post(
      `/api/programme-goals/${goal.id}/measures`,
      measureBody({ startsOn: '2022-01-01', endsOn: '2021-01-01' }),
    );
    expect(backwards.status).toBe(400);
    expect(fieldPaths(backwards.body)).toEqual(['endsOn']);
    const badProgress = await w.dortmundCoordinator.post(`/api/programme-goals/${goal.id}/measures`, measureBody({ progress: 140, sdgTargets: ['18.1'] }));
    expect(badProgress.status).toBe(400);
    expect(fieldPaths(badProgress.body).sort()).toEqual(['progress', 'sdgTargets.0']);
    const unknownTheme = await w.dortmundCoordinator.post(`/api/programmes/${programme.id}/fields`, { themeKey: 'astrology' });
    expect(unknownTheme.status).toBe(400);
    expect(fieldPaths(unknownTheme.body)).toEqual(['themeKey']);
    const twice = await w.dortmundCoordinator.post(`/api/programmes/${programme.id}/fields`, { themeKey: 'digitalisation-smart-city' });
    expect(twice.status).toBe(409);
    expect(fieldPaths(twice.body)).toEqual(['themeKey']);
    // Moving a measure to a goal of another programme.
    const other = (await t.anonymous().get(`/api/partnerships/${partnershipId}/programmes`)).body.items[0];
    const otherProgramme = (await t.anonymous().get(`/api/programmes/${other.id}`)).body;
    const otherGoal = (await w.admin.post(`/api/programme-fields/${otherProgramme.fields[0].id}/goals`, { title: { en: 'Elsewhere' } })).body;
    const measure = goal.measures?.[0] ?? (await t.anonymous().get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0].measures[0];
    const moved = await w.dortmundCoordinator.put(`/api/programme-measures/${measure.id}`, measureBody({ version: measure.version, goalId: otherGoal.id }));
    expect(moved.status).toBe(400);
    expect(fieldPaths(moved.body)).toEqual(['goalId']);
    const after = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body.fields[0].goals[0].measures[0];
    expect(after).toEqual(measure);
  });

  it('refuses strangers: 401 for the public, 403 for members and other cities’ coordinators, 404 for what does not exist', async () => {
    const field = programme.fields[2];
    expect((await t.anonymous().post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'X' } })).status).toBe(401);
    expect((await w.dortmundMember.post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'X' } })).status).toBe(403);
    expect((await w.lyonCoordinator.post(`/api/programme-fields/${field.id}/goals`, { title: { en: 'X' } })).status).toBe(403);
    expect(
      (await w.dortmundMember.post(`/api/partnerships/${partnershipId}/programmes`, programmeBody({ startsOn: '2040-01-01', endsOn: '2040-12-31' }))).status,
    ).toBe(403);
    expect((await w.lyonCoordinator.delete(`/api/programmes/${programme.id}`)).status).toBe(403);
    expect((await t.anonymous().get('/api/programmes/no-such-programme')).status).toBe(404);
    expect((await w.admin.delete('/api/programme-measures/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await t.anonymous().get('/api/partnerships/no-such-partnership/programmes')).status).toBe(404);
  });

  it('deletes parts and the programme', async () => {
    const read = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body;
    const measure = read.fields[0].goals[0].measures[0];
    expect((await w.clujCoordinator.delete(`/api/programme-measures/${measure.id}`)).status).toBe(204);
    expect((await w.clujCoordinator.delete(`/api/programme-goals/${read.fields[0].goals[1].id}`)).status).toBe(204);
    expect((await w.clujCoordinator.delete(`/api/programme-fields/${read.fields[2].id}`)).status).toBe(204);
    const after = (await t.anonymous().get(`/api/programmes/${programme.id}`)).body;
    expect(after.fields).toHaveLength(2);
    expect(after.rollUp.measures).toBe(read.rollUp.measures - 2);
    expect((await w.dortmundCoordinator.delete(`/api/programmes/${programme.id}`)).status).toBe(204);
    expect((await t.anonymous().get(`/api/programmes/${programme.id}`)).status).toBe(404);
    // Its history stays readable for the partnership's editors.
    expect((await w.clujCoordinator.get(`/api/history/programme/${programme.id}`)).status).toBe(200);
  });
});
