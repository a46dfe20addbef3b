import { beforeAll, describe, expect, it } from 'vitest';
import { projects } from '../projects/projects.table.ts';
import { partnershipCities, partnerships } from '../partnerships/partnerships.table.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { insertTestCall, seedDortmundCluj } from './call-radar-test-world.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedDortmundCluj>>;
const inDays = (n: number) => new Date(Date.now() + n * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  t = await createTestApp();
  world = await seedDortmundCluj(t.database.db, 'dortmund-cluj-napoca');
  const db = t.database.db;
  await insertTestCall(db, {
    identifier: 'HORIZON-MISS-2027-CIT-02-03',
    title: 'Climate-neutral and smart cities: pilot cities',
    programmeCode: 'HORIZON',
    concepts: ['climate-neutrality', 'smart-city'],
    openingAt: inDays(-10),
    deadlineAts: [inDays(40)],
  });
  await insertTestCall(db, {
    identifier: 'EDF-2027-DA-01',
    title: 'Defence: air combat',
    programmeCode: 'EDF',
    concepts: ['industry-manufacturing'],
    openingAt: inDays(-10),
    deadlineAts: [inDays(5)],
  });
  await insertTestCall(db, {
    identifier: 'HORIZON-CL4-2027-01',
    title: 'Open data spaces',
    programmeCode: 'HORIZON',
    concepts: ['open-data'],
    openingAt: inDays(-10),
    deadlineAts: [inDays(20)],
  });
  await insertTestCall(db, {
    identifier: 'CERV-2027-CITIZENS-TOWN-TT',
    title: 'Town twinning',
    programmeCode: 'CERV',
    concepts: ['municipal-partnership'],
    openingAt: inDays(10),
    deadlineAts: [inDays(90)],
  });
  await insertTestCall(db, {
    identifier: 'HORIZON-MISS-2025-CIT-01-01',
    title: 'Closed cities mission',
    programmeCode: 'HORIZON',
    concepts: ['climate-neutrality', 'smart-city'],
    openingAt: inDays(-400),
    deadlineAts: [inDays(-30)],
  });
});

describe('GET /api/calls/radar', () => {
  it('ranks the cities-mission call first for the Dortmund – Cluj-Napoca partnership, with reasons and hints', async () => {
    const member = await t.signedIn({ role: 'member', cityId: world.cluj.id });
    const res = await member.get('/api/calls/radar?partnership=dortmund-cluj-napoca');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { call: { identifier: string } }) => i.call.identifier);
    expect(ids[0]).toBe('HORIZON-MISS-2027-CIT-02-03');
    expect(ids).toContain('HORIZON-CL4-2027-01');
    expect(ids).toContain('CERV-2027-CITIZENS-TOWN-TT');
    expect(ids).not.toContain('EDF-2027-DA-01');
    expect(ids).not.toContain('HORIZON-MISS-2025-CIT-01-01');
    const top = res.body.items[0];
    expect(top.reasons.map((r: { code: string }) => r.code)).toEqual(['shared-concepts', 'theme', 'city-programme']);
    expect(top.reasons[0].params.concepts).toEqual(['smart-city', 'climate-neutrality']);
    expect(top.cityProgramme).toEqual({ code: 'HORIZON', key: 'horizon-cities-mission' });
    expect(top.eligibility).toEqual([{ code: 'all-partners-eu', params: { countries: ['DE', 'RO'] } }]);
    expect(top.call.status).toBe('open');
    expect(res.body.profile.themes).toEqual(['sustainability', 'digitalisation-smart-city']);
    const twinning = res.body.items.find((i: { call: { identifier: string } }) => i.call.identifier === 'CERV-2027-CITIZENS-TOWN-TT');
    expect(twinning.call.status).toBe('forthcoming');
    expect(twinning.eligibility).toContainEqual({ code: 'town-twinning-countries', params: { needed: 2, eligible: 2 } });
  });

  it('filters by status and keeps to the limit', async () => {
    const admin = await t.signedIn({ role: 'admin' });
    const open = await admin.get('/api/calls/radar?partnership=dortmund-cluj-napoca&status=open&limit=1');
    expect(open.status).toBe(200);
    expect(open.body.items).toHaveLength(1);
    const forthcoming = await admin.get('/api/calls/radar?partnership=dortmund-cluj-napoca&status=forthcoming');
    expect(forthcoming.body.items.map((i: { call: { identifier: string } }) => i.call.identifier)).toEqual(['CERV-2027-CITIZENS-TOWN-TT']);
  });

  it('ranks for an organisation and for a free-text idea in German', async () => {
    const member = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const org = await member.get(`/api/calls/radar?organisation=${world.dortmundOrg.key}`);
    expect(org.status).toBe(200);
    expect(org.body.items[0].call.identifier).toBe('HORIZON-MISS-2027-CIT-02-03');
    expect(org.body.profile.countries).toEqual(['DE', 'RO']);
    const idea = await member.get(`/api/calls/radar?text=${encodeURIComponent('Klimaneutralität und offene Daten für unsere Stadt')}`);
    expect(idea.status).toBe(200);
    expect(idea.body.profile.concepts).toEqual(expect.arrayContaining(['open-data']));
    expect(idea.body.items.map((i: { call: { identifier: string } }) => i.call.identifier)).toContain('HORIZON-CL4-2027-01');
  });

  it('ranks for a project its readers may see, and hides it from others', async () => {
    const [project] = await t.database.db
      .insert(projects)
      .values({ partnershipId: world.partnership.id, title: 'Open data for climate-neutral districts', concepts: ['climate-neutrality'] })
      .returning();
    const insider = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const ok = await insider.get(`/api/calls/radar?project=${project.id}`);
    expect(ok.status).toBe(200);
    expect(ok.body.items[0].call.identifier).toBe('HORIZON-MISS-2027-CIT-02-03');
    const elsewhere = await seedCity(t.database.db, { country: 'FR' });
    const outsider = await t.signedIn({ role: 'coordinator', cityId: elsewhere.id });
    expect((await outsider.get(`/api/calls/radar?project=${project.id}`)).status).toBe(404);
  });

  it('refuses the anonymous (401) and users outside the partnership’s cities (403)', async () => {
    expect((await t.anonymous().get('/api/calls/radar?partnership=dortmund-cluj-napoca')).status).toBe(401);
    const elsewhere = await seedCity(t.database.db, { country: 'FR' });
    const outsider = await t.signedIn({ role: 'coordinator', cityId: elsewhere.id });
    const res = await outsider.get('/api/calls/radar?partnership=dortmund-cluj-napoca');
    expect(res.status).toBe(403);
    expect((await outsider.get('/api/calls/radar?partnership=no-such-partnership')).status).toBe(404);
  });

  it('names the field when the query is wrong', async () => {
    const member = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const none = await member.get('/api/calls/radar');
    expect(none.status).toBe(400);
    expect(none.body.fields[0].path).toBe('querystring.partnership');
    const tooMany = await member.get('/api/calls/radar?text=hello%20world&limit=51');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields.map((f: { path: string }) => f.path)).toContain('querystring.limit');
  });
});

// Where nothing names a topic the radar once failed with a 500 (an empty concept list made its
// candidate query order by `0`, which SQL reads as a column position).
describe('GET /api/calls/radar without any known topic', () => {
  const identifiers = (body: { items: { call: { identifier: string } }[] }) => body.items.map((i) => i.call.identifier);

  it('answers an idea in which no concept is found with no calls and says why', async () => {
    const member = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const res = await member.get('/api/calls/radar?text=hello%20world');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [], explanation: 'no-concepts', profile: { concepts: [], themes: [] } });
  });

  it('answers for an organisation without concepts, and for a project without any, with no calls and says why', async () => {
    const lonely = await seedCity(t.database.db, { country: 'HU' });
    const org = await seedOrganisation(t.database.db, { cityId: lonely.id });
    const member = await t.signedIn({ role: 'member', cityId: lonely.id });
    const res = await member.get(`/api/calls/radar?organisation=${org.key}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [], explanation: 'no-concepts', profile: { concepts: [], countries: ['HU'] } });

    const [bare] = await t.database.db
      .insert(partnerships)
      .values({ key: `bare-${org.key}`, name: 'Bare', kind: 'project-partnership', status: 'active' })
      .returning();
    await t.database.db.insert(partnershipCities).values({ partnershipId: bare.id, cityId: lonely.id, position: 0 });
    const [project] = await t.database.db.insert(projects).values({ partnershipId: bare.id, title: 'Hello world' }).returning();
    const forProject = await member.get(`/api/calls/radar?project=${project.id}`);
    expect(forProject.status).toBe(200);
    expect(forProject.body).toMatchObject({ items: [], explanation: 'no-concepts' });
  });

  it('still lists the programmes made for cities to a partnership without concepts or themes', async () => {
    const a = await seedCity(t.database.db, { country: 'DE' });
    const b = await seedCity(t.database.db, { country: 'RO' });
    const [bare] = await t.database.db
      .insert(partnerships)
      .values({ key: `bare-${a.key}`, name: 'Bare twins', kind: 'project-partnership', status: 'active' })
      .returning();
    await t.database.db.insert(partnershipCities).values([
      { partnershipId: bare.id, cityId: a.id, position: 0 },
      { partnershipId: bare.id, cityId: b.id, position: 1 },
    ]);
    const member = await t.signedIn({ role: 'member', cityId: a.id });
    const res = await member.get(`/api/calls/radar?partnership=${bare.key}`);
    expect(res.status).toBe(200);
    expect(res.body.explanation).toBe('no-concepts');
    expect(identifiers(res.body).sort()).toEqual(['CERV-2027-CITIZENS-TOWN-TT', 'HORIZON-MISS-2027-CIT-02-03']);
  });

  it('gives no explanation when the profile has topics', async () => {
    const member = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    const res = await member.get(`/api/calls/radar?organisation=${world.dortmundOrg.key}`);
    expect(res.body.explanation).toBeNull();
  });
});
