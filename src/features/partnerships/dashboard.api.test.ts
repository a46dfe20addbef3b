import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from './test-world.ts';

let t: TestApp;
let w: PartnershipWorld;

const keys = (res: { body: { items: { key: string }[] } }) => res.body.items.map((p) => p.key).sort();

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const timisoara = await seedCity(t.database.db, { key: 'timisoara', name: 'Timișoara', country: 'RO' });
  for (const [key, cities] of [
    ['dortmund-cluj-napoca', [w.dortmund.id, w.cluj.id]],
    ['cluj-napoca-lyon', [w.cluj.id, w.lyon.id]],
    ['lyon-timisoara', [w.lyon.id, timisoara.id]],
  ] as const) {
    expect((await w.admin.post('/api/partnerships', partnershipBody(w, { key, name: key, cities }))).status).toBe(201);
  }
});

describe('dashboard', () => {
  it('shows coordinators and members the partnerships of their own city', async () => {
    const dortmund = await w.dortmundCoordinator.get('/api/dashboard');
    expect(dortmund.status).toBe(200);
    expect(keys(dortmund)).toEqual(['dortmund-cluj-napoca']);
    expect(dortmund.body.items[0]).toMatchObject({
      canEdit: true,
      counts: { agreements: 0, timelineEvents: 0 },
      cities: [{ key: 'dortmund' }, { key: 'cluj-napoca' }],
    });
    expect(keys(await w.clujCoordinator.get('/api/dashboard'))).toEqual(['cluj-napoca-lyon', 'dortmund-cluj-napoca']);
    const member = await w.dortmundMember.get('/api/dashboard');
    expect(keys(member)).toEqual(['dortmund-cluj-napoca']);
    expect(member.body.items[0].canEdit).toBe(false);
    expect(member.body.covers).toBe('own-city');
    expect((await w.admin.get('/api/dashboard')).body.covers).toBe('all');
  });

  it('places organisation editors in their organisation’s city', async () => {
    const org = await seedOrganisation(t.database.db, { cityId: w.lyon.id, name: 'Université de Lyon', kind: 'university' });
    const editor = await t.signedIn({ role: 'org-editor', organisationId: org.id });
    expect(keys(await editor.get('/api/dashboard'))).toEqual(['cluj-napoca-lyon', 'lyon-timisoara']);
  });

  it('shows admins everything and users without a city nothing', async () => {
    expect(keys(await w.admin.get('/api/dashboard'))).toEqual(['cluj-napoca-lyon', 'dortmund-cluj-napoca', 'lyon-timisoara']);
    const homeless = await t.signedIn({ role: 'member' });
    expect((await homeless.get('/api/dashboard')).body.items).toEqual([]);
  });

  it('is for signed-in users only', async () => {
    const res = await t.anonymous().get('/api/dashboard');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
