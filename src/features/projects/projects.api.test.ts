import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { createProjectsWorld, HEAT_CALL } from './projects-test-world.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof createProjectsWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await createProjectsWorld(t);
});

const start = (body: Record<string, unknown> = {}) =>
  w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', title: 'Heat twins', ...body });

describe('starting a project', () => {
  it('starts from a call in one request, pre-filled from the call, with the first stage event and an audit entry', async () => {
    const res = await w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', callIdentifier: HEAT_CALL });
    expect(res.status).toBe(201);
    const p = res.body;
    expect(p.title).toBe('Urban digital twins for climate resilience');
    expect(p.summary).toBe('Cities pilot digital twins for heat.\nThey share data across borders.\nSecond paragraph that is long.\nFourth line.');
    expect(p.stage).toBe('idea');
    expect(p.call).toMatchObject({ identifier: HEAT_CALL, status: 'open', nextDeadlineAt: '2099-09-17T15:00:00.000Z', programmeCode: 'HORIZON' });
    expect(p.callDeadlineAt).toBe('2099-09-17T15:00:00.000Z');
    expect(p.concepts).toEqual(w.call.concepts);
    expect(p.themes).toEqual(['digitalisation-smart-city']);
    expect(p.partnership.cities.map((c: { key: string }) => c.key)).toEqual(['dortmund', 'cluj-napoca']);
    expect(p.stageEvents).toEqual([expect.objectContaining({ fromStage: null, toStage: 'idea', actor: 'Petra Schmidt' })]);
    expect(p.permissions).toEqual({ canManage: true, canEditWorkPlan: true });
    expect(p.nextStages).toEqual(['consortium']);
    expect(p.submissionProblems).toEqual(['coordinator_required', 'two_cities_required']);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'project'), eq(auditEvents.entityId, p.id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses the public, coordinators of other cities and members; names the bad field', async () => {
    expect((await t.anonymous().post('/api/projects', { partnership: 'dortmund-cluj', title: 'x' })).status).toBe(401);
    expect((await w.lyonCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', title: 'x' })).status).toBe(403);
    expect((await w.dortmundMember.post('/api/projects', { partnership: 'dortmund-cluj', title: 'x' })).status).toBe(403);
    expect((await w.clujEditor.post('/api/projects', { partnership: 'dortmund-cluj', title: 'x' })).status).toBe(403);
    const noTitle = await w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.fields).toEqual([expect.objectContaining({ path: 'title' })]);
    const noCall = await start({ callIdentifier: 'NOPE-1' });
    expect(noCall.status).toBe(400);
    expect(noCall.body.fields).toEqual([expect.objectContaining({ path: 'callIdentifier', rule: 'not_found' })]);
    const noPartnership = await start({ partnership: 'nowhere' });
    expect(noPartnership.status).toBe(400);
    expect(noPartnership.body.fields[0].path).toBe('partnership');
  });

  it('lets the admin and the partner city coordinator start one too', async () => {
    expect((await w.admin.post('/api/projects', { partnership: 'dortmund-cluj', title: 'Admin idea' })).status).toBe(201);
    expect((await w.clujCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', title: 'Cluj idea' })).status).toBe(201);
  });
});

describe('consortium', () => {
  it('adds partners of both cities with budgets, keeps one coordinator and totals per city', async () => {
    const p = (await start()).body;
    const coord = await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, {
      organisation: 'klimasensor',
      role: 'coordinator',
      budget: 400000.5,
      ownContribution: 100000,
    });
    expect(coord.status).toBe(201);
    const added = await w.clujCoordinator.post(`/api/projects/${p.id}/partners`, {
      organisation: w.org['cluj-it'],
      role: 'partner',
      budget: 250000,
      ownContribution: 50000,
    });
    expect(added.status).toBe(201);
    const d = added.body;
    expect(d.consortium.map((c: { organisation: { key: string }; role: string }) => [c.organisation.key, c.role])).toEqual([
      ['klimasensor', 'coordinator'],
      ['cluj-it', 'partner'],
    ]);
    expect(d.budget.totals).toEqual({ budget: 650000.5, ownContribution: 150000, total: 800000.5, ownContributionRate: 0.1875 });
    expect(d.budget.perCity.map((c: { city: { key: string }; budget: number }) => [c.city.key, c.budget])).toEqual([
      ['dortmund', 400000.5],
      ['cluj-napoca', 250000],
    ]);
    expect(d.submissionProblems).toEqual([]);

    const second = await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'tu-dortmund', role: 'coordinator' });
    expect(second.status).toBe(409);
    expect(second.body.fields).toEqual([expect.objectContaining({ path: 'role', rule: 'one_coordinator' })]);
    const dupe = await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'klimasensor', role: 'partner' });
    expect(dupe.status).toBe(409);
    expect(dupe.body.fields[0].path).toBe('organisation');
    const lyon = await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'lyon-lab', role: 'partner' });
    expect(lyon.status).toBe(400);
    expect(lyon.body.fields).toEqual([expect.objectContaining({ path: 'organisation', rule: 'not_in_partnership_city' })]);
    const negative = await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, {
      organisation: 'tu-dortmund',
      role: 'partner',
      budget: -1,
      ownContribution: 1.234,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['budget', 'ownContribution']);

    // Versioned edit, stale version refused; a second coordinator by edit refused too.
    const partner = d.consortium[1];
    const edited = await w.dortmundCoordinator.patch(`/api/projects/${p.id}/partners/${partner.id}`, { version: partner.version, budget: 300000 });
    expect(edited.status).toBe(200);
    expect(edited.body.budget.totals.budget).toBe(700000.5);
    expect((await w.dortmundCoordinator.patch(`/api/projects/${p.id}/partners/${partner.id}`, { version: partner.version, budget: 1 })).status).toBe(409);
    const twoCoordinators = await w.dortmundCoordinator.patch(`/api/projects/${p.id}/partners/${partner.id}`, {
      version: partner.version + 1,
      role: 'coordinator',
    });
    expect(twoCoordinators.status).toBe(409);
    expect(twoCoordinators.body.fields[0].rule).toBe('one_coordinator');

    // Removing: stale version 409, then removed.
    expect((await w.dortmundCoordinator.delete(`/api/projects/${p.id}/partners/${partner.id}?version=1`)).status).toBe(409);
    const removed = await w.dortmundCoordinator.delete(`/api/projects/${p.id}/partners/${partner.id}?version=2`);
    expect(removed.status).toBe(200);
    expect(removed.body.consortium).toHaveLength(1);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'project-partner'), eq(auditEvents.entityId, partner.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('refuses consortium changes to readers who do not run the project', async () => {
    const p = (await start()).body;
    const body = { organisation: 'tu-dortmund', role: 'partner' };
    expect((await t.anonymous().post(`/api/projects/${p.id}/partners`, body)).status).toBe(401);
    expect((await w.dortmundMember.post(`/api/projects/${p.id}/partners`, body)).status).toBe(403);
    expect((await w.lyonCoordinator.post(`/api/projects/${p.id}/partners`, body)).status).toBe(404);
    const added = (await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, body)).body.consortium[0];
    const url = `/api/projects/${p.id}/partners/${added.id}`;
    expect((await t.anonymous().patch(url, { version: 1, budget: 1 })).status).toBe(401);
    expect((await w.dortmundMember.patch(url, { version: 1, budget: 1 })).status).toBe(403);
    expect((await w.lyonCoordinator.patch(url, { version: 1, budget: 1 })).status).toBe(404);
    expect((await t.anonymous().delete(url)).status).toBe(401);
    expect((await w.clujEditor.delete(url)).status).toBe(403);
    expect((await w.lyonEditor.delete(url)).status).toBe(404);
    expect((await w.dortmundCoordinator.patch(`/api/projects/${p.id}/partners/00000000-0000-4000-8000-000000000000`, { version: 1, budget: 1 })).status).toBe(
      404,
    );
  });
});

describe('the pipeline', () => {
  it('moves from idea to funded, refusing skipped stages and an incomplete consortium with the rules that failed', async () => {
    let p = (await start()).body;
    const move = (stage: string, extra: Record<string, unknown> = {}) =>
      w.dortmundCoordinator.post(`/api/projects/${p.id}/stage`, { stage, version: p.version, ...extra });
    const skip = await move('drafting');
    expect(skip.status).toBe(409);
    expect(skip.body.code).toBe('stage_not_allowed');
    expect(skip.body.fields[0]).toMatchObject({ path: 'stage', rule: 'transition_not_allowed' });

    p = (await move('consortium', { note: 'Looking for partners' })).body;
    p = (await move('drafting')).body;
    expect(p.nextStages).toEqual(['submitted', 'consortium']);
    const early = await move('submitted');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('consortium_incomplete');
    expect(early.body.fields.map((f: { rule: string }) => f.rule)).toEqual(['coordinator_required', 'two_cities_required']);

    await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'klimasensor', role: 'coordinator', budget: 100 });
    await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'tu-dortmund', role: 'partner', budget: 100 });
    const oneCity = await move('submitted');
    expect(oneCity.body.fields.map((f: { rule: string }) => f.rule)).toEqual(['two_cities_required']);
    p = (await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'utcn', role: 'partner', budget: 100 })).body;

    expect((await move('submitted', { occurredOn: '2999-01-01' })).body.fields[0].path).toBe('occurredOn');
    p = (await move('submitted', { occurredOn: '2020-01-15' })).body;
    expect(p.stage).toBe('submitted');
    // The consortium on record is kept once submitted.
    const frozen = await w.dortmundCoordinator.delete(`/api/projects/${p.id}/partners/${p.consortium[2].id}`);
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('consortium_frozen');
    expect((await move('drafting')).status).toBe(409);
    expect((await w.dortmundCoordinator.post(`/api/projects/${p.id}/stage`, { stage: 'funded', version: p.version - 1 })).status).toBe(409);

    p = (await w.clujCoordinator.post(`/api/projects/${p.id}/stage`, { stage: 'funded', version: p.version, awardedAmount: 290 })).body;
    expect(p.stage).toBe('funded');
    expect(p.awardedAmount).toBe(290);
    expect(p.stageEvents.map((e: { toStage: string }) => e.toStage)).toEqual(['idea', 'consortium', 'drafting', 'submitted', 'funded']);
    expect(p.stageEvents.find((e: { toStage: string }) => e.toStage === 'submitted').occurredOn).toBe('2020-01-15');
    expect(p.stageEvents.find((e: { toStage: string }) => e.toStage === 'consortium').note).toBe('Looking for partners');

    const board = (await w.dortmundCoordinator.get('/api/projects?partnership=dortmund-cluj&stage=funded')).body;
    expect(board.items.map((i: { id: string }) => i.id)).toContain(p.id);
    expect(board.items.every((i: { stage: string }) => i.stage === 'funded')).toBe(true);
    expect(board.stageCounts.funded).toBeGreaterThanOrEqual(1);
    const card = board.items.find((i: { id: string }) => i.id === p.id);
    expect(card).toMatchObject({ consortiumSize: 3, budgetTotal: 300, canManage: true, nextStages: ['running'] });
    expect(card.consortiumCities.map((c: { key: string }) => c.key)).toEqual(['dortmund', 'cluj-napoca']);
  });

  it('refuses stage moves to the public, members, consortium editors and other cities', async () => {
    const p = (await start()).body;
    const body = { stage: 'consortium', version: p.version };
    expect((await t.anonymous().post(`/api/projects/${p.id}/stage`, body)).status).toBe(401);
    expect((await w.dortmundMember.post(`/api/projects/${p.id}/stage`, body)).status).toBe(403);
    expect((await w.lyonCoordinator.post(`/api/projects/${p.id}/stage`, body)).status).toBe(404);
    const bad = await w.dortmundCoordinator.post(`/api/projects/${p.id}/stage`, { stage: 'launched', version: p.version });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('stage');
  });
});

describe('reading and editing', () => {
  it('shows projects to their partnership’s cities and consortium members only', async () => {
    const p = (await start({ title: 'Visibility check' })).body;
    await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'cluj-it', role: 'partner' });
    expect((await t.anonymous().get('/api/projects')).status).toBe(401);
    expect((await t.anonymous().get(`/api/projects/${p.id}`)).status).toBe(401);
    expect((await w.lyonCoordinator.get(`/api/projects/${p.id}`)).status).toBe(404);
    expect((await w.lyonCoordinator.get('/api/projects')).body.items).toEqual([]);
    expect((await w.dortmundCoordinator.get('/api/projects/not-a-uuid')).status).toBe(400);

    const member = await w.dortmundMember.get(`/api/projects/${p.id}`);
    expect(member.status).toBe(200);
    expect(member.body.permissions).toEqual({ canManage: false, canEditWorkPlan: false });
    expect(member.body.nextStages).toEqual([]);
    const editor = await w.clujEditor.get(`/api/projects/${p.id}`);
    expect(editor.body.permissions).toEqual({ canManage: false, canEditWorkPlan: true });
    expect((await w.clujEditor.get('/api/projects')).body.items.map((i: { id: string }) => i.id)).toContain(p.id);
    expect((await w.admin.get(`/api/projects/${p.id}`)).body.permissions.canManage).toBe(true);

    const byCall = await w.dortmundCoordinator.get(`/api/projects?call=${HEAT_CALL}`);
    expect(byCall.body.items.every((i: { call: { identifier: string } | null }) => i.call?.identifier === HEAT_CALL)).toBe(true);
    expect((await w.dortmundCoordinator.get(`/api/projects?city=${w.city['lyon']}`)).body.items).toEqual([]);
  });

  it('exports the projects the caller may read as CSV, with formulas kept as text and the count in a header', async () => {
    const p = (await start({ title: '=HYPERLINK("http://example.org")', acronym: 'CSV' })).body;
    await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, {
      organisation: 'klimasensor',
      role: 'coordinator',
      budget: 1234.5,
      ownContribution: 0,
    });
    const res = await w.dortmundCoordinator.get('/api/projects/export.csv?partnership=dortmund-cluj&separator=semicolon');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="pontis-projects-dortmund-cluj-\d{4}-\d{2}-\d{2}\.csv"/);
    const list = (await w.dortmundCoordinator.get('/api/projects?partnership=dortmund-cluj')).body;
    expect(res.headers['x-total-count']).toBe(String(list.total));
    expect(res.headers['x-export-truncated']).toBe('false');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe(
      'title;acronym;stage;stage since;partnership;call;call title;deadline (UTC);consortium cities;consortium size;budget (EUR);requested (EUR);link',
    );
    expect(lines).toHaveLength(list.total + 1);
    const row = lines.find((l) => l.includes(`/projects/${p.id}`))!;
    expect(row.startsWith(`"'=HYPERLINK(""http://example.org"")";CSV;idea;`)).toBe(true);
    expect(row).toContain(';Dortmund;1;1234.50;;');

    // Another city's coordinator gets the header and nothing else; the public nothing at all.
    const lyon = await w.lyonCoordinator.get('/api/projects/export.csv');
    expect(
      lyon.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(1);
    expect((await t.anonymous().get('/api/projects/export.csv')).status).toBe(401);
    const bad = await w.dortmundCoordinator.get('/api/projects/export.csv?separator=tab&stage=launched');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['querystring.separator', 'querystring.stage']);
  });

  it('cuts the list at the limit asked for and says how many match, with every stage counted', async () => {
    await start({ title: 'Limit check one' });
    await start({ title: 'Limit check two' });
    const all = (await w.dortmundCoordinator.get('/api/projects?partnership=dortmund-cluj')).body;
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const cut = (await w.dortmundCoordinator.get('/api/projects?partnership=dortmund-cluj&limit=1')).body;
    expect(cut.items).toHaveLength(1);
    expect(cut.items[0].id).toBe(all.items[0].id);
    expect(cut.total).toBe(all.total);
    expect(cut.stageCounts).toEqual(all.stageCounts);
    const ideas = (await w.dortmundCoordinator.get('/api/projects?partnership=dortmund-cluj&stage=idea&limit=1')).body;
    expect(ideas.total).toBe(all.stageCounts.idea);
    expect(ideas.stageCounts).toEqual(all.stageCounts);
    const bad = await w.dortmundCoordinator.get('/api/projects?limit=5000');
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['querystring.limit']);
  });

  it('edits versioned fields and refuses stale versions, bad dates and callers who do not run it', async () => {
    const p = (await start()).body;
    const ok = await w.clujCoordinator.patch(`/api/projects/${p.id}`, {
      version: p.version,
      summary: 'New summary',
      startsOn: '2027-01-01',
      endsOn: '2029-12-31',
      requestedAmount: 1500000.25,
      acronym: 'HEAT',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      summary: 'New summary',
      startsOn: '2027-01-01',
      endsOn: '2029-12-31',
      requestedAmount: 1500000.25,
      acronym: 'HEAT',
      version: p.version + 1,
    });
    const stale = await w.clujCoordinator.patch(`/api/projects/${p.id}`, { version: p.version, summary: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    const backwards = await w.clujCoordinator.patch(`/api/projects/${p.id}`, { version: p.version + 1, endsOn: '2026-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields[0].path).toBe('endsOn');
    const badAmount = await w.clujCoordinator.patch(`/api/projects/${p.id}`, { version: p.version + 1, requestedAmount: 'lots' });
    expect(badAmount.status).toBe(400);
    expect(badAmount.body.fields[0].path).toBe('requestedAmount');
    expect((await t.anonymous().patch(`/api/projects/${p.id}`, { version: 2, summary: 'x' })).status).toBe(401);
    expect((await w.dortmundMember.patch(`/api/projects/${p.id}`, { version: 2, summary: 'x' })).status).toBe(403);
    expect((await w.lyonCoordinator.patch(`/api/projects/${p.id}`, { version: 2, summary: 'x' })).status).toBe(404);
  });
});

describe('suggesting partners', () => {
  it('ranks organisations of both partnership cities not yet in the consortium, balanced, with reasons', async () => {
    const p = (await w.dortmundCoordinator.post('/api/projects', { partnership: 'dortmund-cluj', callIdentifier: HEAT_CALL })).body;
    await w.dortmundCoordinator.post(`/api/projects/${p.id}/partners`, { organisation: 'klimasensor', role: 'coordinator' });
    const res = await w.dortmundCoordinator.get(`/api/projects/${p.id}/partner-suggestions?lang=en`);
    expect(res.status).toBe(200);
    expect(res.body.concepts.length).toBeGreaterThan(0);
    const keys = res.body.items.map((i: { organisation: { key: string } }) => i.organisation.key);
    expect(keys.sort()).toEqual(['cluj-it', 'tu-dortmund', 'utcn']);
    const cities = res.body.items.map((i: { organisation: { city: { key: string } } }) => i.organisation.city.key);
    expect(cities.slice(0, 2).sort()).toEqual(['cluj-napoca', 'dortmund']);
    expect(res.body.items[0].reasons[0]).toMatchObject({ code: 'they-offer-what-you-seek', text: expect.stringContaining('They offer') });
  });

  it('is for those who run the project only', async () => {
    const p = (await start()).body;
    expect((await t.anonymous().get(`/api/projects/${p.id}/partner-suggestions`)).status).toBe(401);
    expect((await w.dortmundMember.get(`/api/projects/${p.id}/partner-suggestions`)).status).toBe(403);
    expect((await w.lyonCoordinator.get(`/api/projects/${p.id}/partner-suggestions`)).status).toBe(404);
    expect((await w.dortmundCoordinator.get(`/api/projects/${p.id}/partner-suggestions?limit=99`)).body.fields[0].path).toMatch(/limit$/);
  });
});

describe('history', () => {
  it('shows a project’s and its consortium’s changes to those who run it, not to readers or other cities', async () => {
    const project = (await start({ title: 'History twins' })).body;
    const added = await w.dortmundCoordinator.post(`/api/projects/${project.id}/partners`, {
      organisation: w.org['klimasensor'],
      role: 'coordinator',
      budget: 1000,
      ownContribution: 0,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const partnerId = added.body.consortium?.[0]?.id ?? added.body.id;
    const projectHistory = await w.clujCoordinator.get(`/api/history/project/${project.id}`);
    expect(projectHistory.status).toBe(200);
    expect(projectHistory.body.map((e: { action: string }) => e.action)).toEqual(['create']);
    expect((await w.admin.get(`/api/history/project-partner/${partnerId}`)).status).toBe(200);
    expect((await w.dortmundCoordinator.get(`/api/history/project-partner/${partnerId}`)).status).toBe(200);
    expect((await t.anonymous().get(`/api/history/project/${project.id}`)).status).toBe(401);
    expect((await w.dortmundMember.get(`/api/history/project/${project.id}`)).status).toBe(403);
    expect((await w.lyonCoordinator.get(`/api/history/project/${project.id}`)).status).toBe(403);
    expect((await w.lyonCoordinator.get(`/api/history/project-partner/${partnerId}`)).status).toBe(403);
  });
});
