import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { introductions } from '../introductions/introductions.table.ts';
import { organisations } from '../organisations/organisations.table.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from '../partnerships/test-world.ts';

let t: TestApp;
let w: PartnershipWorld;
type Org = Awaited<ReturnType<typeof seedOrganisation>>;
const o: Record<string, Org> = {};
const url = '/api/partnerships/dortmund-cluj-napoca/network';

async function org(key: string, cityId: string, kind: string, themes: string[]) {
  const row = await seedOrganisation(t.database.db, { key, name: key.toUpperCase(), cityId, kind });
  await t.database.db.update(organisations).set({ themes }).where(eq(organisations.id, row.id));
  o[key] = row;
}

async function introduce(from: string, to: string, status: 'pending' | 'accepted' | 'declined' | 'withdrawn', stage: string | null = null) {
  await t.database.db.insert(introductions).values({
    fromOrganisationId: o[from].id,
    toOrganisationId: o[to].id,
    status,
    stage: stage as 'introduced' | null,
    message: 'Please meet.',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  expect((await w.admin.post('/api/partnerships', partnershipBody(w))).status).toBe(201);
  await org('do-energy', w.dortmund.id, 'public-company', ['energy-climate']);
  await org('do-start', w.dortmund.id, 'startup', ['technology-startups']);
  await org('do-quiet', w.dortmund.id, 'university', ['education-research']);
  await org('cj-uni', w.cluj.id, 'university', ['education-research', 'energy-climate']);
  await org('cj-start', w.cluj.id, 'startup', ['technology-startups']);
  await org('cj-culture', w.cluj.id, 'cultural', ['culture']);
  await org('ly-lab', w.lyon.id, 'research-institute', ['energy-climate']);
  await introduce('do-energy', 'cj-uni', 'accepted', 'collaborating');
  await introduce('do-start', 'cj-uni', 'accepted', 'introduced');
  await introduce('cj-start', 'do-start', 'accepted', 'joint-project');
  await introduce('do-energy', 'do-start', 'accepted', 'met'); // within one city: a tie, not cross-city
  await introduce('do-quiet', 'cj-start', 'pending');
  await introduce('do-quiet', 'cj-culture', 'declined');
  await introduce('cj-culture', 'do-energy', 'withdrawn');
  await introduce('ly-lab', 'do-energy', 'accepted', 'joint-project'); // Lyon is not in this partnership
});

type Node = { key: string; id: string; x: number; y: number };
const byKey = (body: { nodes: Node[] }) => new Map(body.nodes.map((n) => [n.key, n]));

describe('GET /api/partnerships/:id/network', () => {
  it('shows a member of a partnership city the ties, their strength and the key figures', async () => {
    const res = await w.dortmundMember.get(url);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.tiesVisible).toBe(true);
    expect(body.cities.map((c: { key: string }) => c.key)).toEqual(['dortmund', 'cluj-napoca']);
    const nodes = byKey(body);
    expect([...nodes.keys()].sort()).toEqual(['cj-culture', 'cj-start', 'cj-uni', 'do-energy', 'do-quiet', 'do-start']);
    const edge = (a: string, b: string) =>
      body.edges.find((e: { source: string; target: string }) => [e.source, e.target].sort().join() === [o[a].id, o[b].id].sort().join());
    expect(body.edges).toHaveLength(4);
    expect(edge('do-energy', 'cj-uni')).toMatchObject({ strength: 'collaborating', crossCity: true, introductions: 1 });
    expect(edge('do-start', 'cj-uni')).toMatchObject({ strength: 'introduced', crossCity: true });
    expect(edge('cj-start', 'do-start')).toMatchObject({ strength: 'joint-project', crossCity: true });
    expect(edge('do-energy', 'do-start')).toMatchObject({ strength: 'introduced', crossCity: false });
    // Pending, declined and withdrawn introductions are not ties.
    expect(edge('do-quiet', 'cj-start')).toBeUndefined();
    expect(edge('do-quiet', 'cj-culture')).toBeUndefined();
    expect(nodes.get('do-start')).toMatchObject({ degree: 3, themes: ['technology-startups'], kind: 'startup', cityId: w.dortmund.id });
    expect(nodes.get('do-quiet')).toMatchObject({ degree: 0 });
    expect(body.figures).toMatchObject({
      organisations: 6,
      ties: 4,
      crossCityTies: 3,
      strongTies: 2,
      tiedShare: {
        overall: { tied: 4, total: 6 },
        perCity: [
          { cityId: w.dortmund.id, tied: 2, total: 3 },
          { cityId: w.cluj.id, tied: 2, total: 3 },
        ],
      },
    });
    // do-start is tied to do-energy (energy) and cj-start (start-ups), which share no theme;
    // cj-uni to do-energy (energy) and do-start (start-ups); do-energy to cj-uni (research,
    // energy) and do-start (start-ups). cj-start has one partner only: no bridge.
    const bridges = body.figures.themeBridges as { organisationId: string; themes: string[] }[];
    expect(bridges.map((b) => b.organisationId).sort()).toEqual([o['cj-uni'].id, o['do-energy'].id, o['do-start'].id].sort());
    expect(bridges.find((b) => b.organisationId === o['do-energy'].id)!.themes).toEqual(['education-research', 'energy-climate', 'technology-startups']);
    expect(body.figures.themeBridgeCount).toBe(3);
    for (const n of body.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(1, 3);
  });

  it('shows the public the organisations and the figures but not who is tied to whom', async () => {
    const res = await t.anonymous().get(url);
    expect(res.status).toBe(200);
    expect(res.body.tiesVisible).toBe(false);
    expect(res.body.nodes).toHaveLength(6);
    expect(res.body.edges).toEqual([]);
    expect(res.body.nodes.every((n: { degree: number | null }) => n.degree === null)).toBe(true);
    expect(res.body.figures).toMatchObject({ ties: 4, crossCityTies: 3, themeBridgeCount: 3, themeBridges: [] });
  });

  it('withholds the ties from a coordinator of a city outside the partnership', async () => {
    const res = await w.lyonCoordinator.get(url);
    expect(res.status).toBe(200);
    expect(res.body.tiesVisible).toBe(false);
    expect(res.body.edges).toEqual([]);
    expect(res.body.figures.themeBridges).toEqual([]);
  });

  it('shows administrators the ties and finds the partnership by id too', async () => {
    const id = (await t.anonymous().get('/api/partnerships/dortmund-cluj-napoca')).body.id;
    const res = await w.admin.get(`/api/partnerships/${id}/network`);
    expect(res.status).toBe(200);
    expect(res.body.edges).toHaveLength(4);
  });

  it('filters by theme and by kind, keeping the ties among the organisations shown', async () => {
    const startups = await w.clujCoordinator.get(`${url}?theme=technology-startups`);
    expect(startups.status).toBe(200);
    expect(startups.body.filters).toEqual({ theme: 'technology-startups', kind: null });
    expect([...byKey(startups.body).keys()].sort()).toEqual(['cj-start', 'do-start']);
    expect(startups.body.edges).toHaveLength(1);
    expect(startups.body.figures).toMatchObject({ organisations: 2, ties: 1, crossCityTies: 1, strongTies: 1, themeBridgeCount: 0 });

    const universities = await w.clujCoordinator.get(`${url}?kind=university`);
    expect([...byKey(universities.body).keys()].sort()).toEqual(['cj-uni', 'do-quiet']);
    expect(universities.body.edges).toEqual([]);
    expect(universities.body.figures.tiedShare.overall).toEqual({ tied: 0, total: 2, share: 0 });

    // A filtered node keeps the position it has in the whole picture.
    const all = byKey((await w.clujCoordinator.get(url)).body);
    expect(byKey(startups.body).get('cj-start')).toMatchObject({ x: all.get('cj-start')!.x, y: all.get('cj-start')!.y });
  });

  it('names the field of an unknown theme or kind', async () => {
    const theme = await t.anonymous().get(`${url}?theme=astrology`);
    expect(theme.status).toBe(400);
    expect(theme.body.fields.map((f: { path: string }) => f.path)).toEqual(['theme']);
    const kind = await t.anonymous().get(`${url}?kind=dragon`);
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body.fields)).toContain('kind');
  });

  it('answers 404 for an unknown partnership', async () => {
    const res = await t.anonymous().get('/api/partnerships/no-such-partnership/network');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });
});
