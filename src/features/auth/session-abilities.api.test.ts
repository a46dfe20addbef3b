import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvSheet, multipartBody } from '../../testing/authorisation-world.ts';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient, TestResponse } from '../../testing/test-client.ts';
import { roles } from '../../shared/roles.ts';
import { abilityRules } from './session-abilities.ts';
import { noSessionAbilities, sessionAbilities, type SessionAbilities } from './auth.schemas.ts';

// The session's `can` (what the caller may do outside any record) is checked against what each
// action itself answers: an ability is true exactly when the action is not refused (401/403).
// City A (Dortmund) and B (Cluj-Napoca) share a partnership; C (Lyon) is elsewhere.

let t: TestApp;
const unique = () => crypto.randomBytes(4).toString('hex');
const refused = (res: TestResponse) => res.status === 401 || res.status === 403;
const allowed = (res: TestResponse) => {
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
  return !refused(res);
};

type Caller = { name: string; client: TestClient; cityId: string; organisationId: string };
let callers: Caller[];
let world: { cityA: string; cityC: string; orgA: string; orgB: string; orgC: string; partnershipKey: string; memberId: string; conceptKey: string };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const cityA = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  const cityB = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  const cityC = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const orgA = await seedOrganisation(db, { cityId: cityA.id, name: 'KlimaSensor Dortmund' });
  const orgB = await seedOrganisation(db, { cityId: cityB.id, name: 'Cluj IT Cluster' });
  const orgC = await seedOrganisation(db, { cityId: cityC.id, name: 'Lyon Climate Lab' });
  const admin = await t.signedIn({ role: 'admin', displayName: 'Ada Admin' });
  const member = await t.signedIn({ role: 'member', cityId: cityA.id, organisationId: orgA.id, displayName: 'Mia Member' });
  const partnership = await admin.post('/api/partnerships', {
    key: 'dortmund-cluj',
    name: 'Dortmund – Cluj-Napoca',
    kind: 'project-partnership',
    status: 'active',
    since: '2020-07-31',
    cities: [cityA.id, cityB.id],
    themes: [],
  });
  expect(partnership.status, JSON.stringify(partnership.body)).toBe(201);
  const taxonomy = await admin.get('/api/taxonomy');
  world = {
    cityA: cityA.id,
    cityC: cityC.id,
    orgA: orgA.id,
    orgB: orgB.id,
    orgC: orgC.id,
    partnershipKey: 'dortmund-cluj',
    memberId: member.userId,
    conceptKey: taxonomy.body.concepts[0].key,
  };
  // Who acts "for their own city / organisation": an administrator has neither, so A stands in.
  callers = [
    { name: 'admin', client: admin, cityId: cityA.id, organisationId: orgA.id },
    {
      name: 'coordinator of A',
      client: await t.signedIn({ role: 'coordinator', cityId: cityA.id, displayName: 'Petra Schmidt' }),
      cityId: cityA.id,
      organisationId: orgA.id,
    },
    {
      name: 'coordinator of B (partner city)',
      client: await t.signedIn({ role: 'coordinator', cityId: cityB.id, displayName: 'Ana Pop' }),
      cityId: cityB.id,
      organisationId: orgB.id,
    },
    {
      name: 'org-editor of A’s organisation',
      client: await t.signedIn({ role: 'org-editor', cityId: cityA.id, organisationId: orgA.id, displayName: 'Erik Editor' }),
      cityId: cityA.id,
      organisationId: orgA.id,
    },
    { name: 'member', client: member, cityId: cityA.id, organisationId: orgA.id },
    { name: 'public', client: t.anonymous(), cityId: cityA.id, organisationId: orgA.id },
  ];
});

/** Each checked ability and the action that answers it. */
const actions: Partial<Record<keyof SessionAbilities, (c: Caller) => Promise<TestResponse>>> = {
  listUsers: (c) => c.client.get('/api/users'),
  manageUsers: async (c) => {
    const [account] = (await callers[0].client.get('/api/users')).body.items.filter((u: { id: string }) => u.id === world.memberId);
    const { role, cityId, organisationId, disabled, version } = account;
    return c.client.put(`/api/users/${world.memberId}`, { role, cityId, organisationId, disabled, version });
  },
  inviteUsers: (c) => c.client.post('/api/invitations', { email: `invitee.${unique()}@example.org`, role: 'member', cityId: c.cityId }),
  inviteForAnyCity: (c) => c.client.post('/api/invitations', { email: `invitee.${unique()}@example.org`, role: 'member', cityId: world.cityC }),
  readMailOutbox: (c) => c.client.get('/api/admin/outbox'),
  manageCalls: (c) => c.client.get('/api/calls/imports'),
  importCsv: (c) => {
    const { body, headers } = multipartBody({ fileName: 'organisations.csv', contentType: 'text/csv', content: Buffer.from(csvSheet) });
    return c.client.request('POST', `/api/csv-imports?cityId=${c.cityId}`, body, headers);
  },
  importCsvIntoAnyCity: (c) => {
    const { body, headers } = multipartBody({ fileName: 'organisations.csv', contentType: 'text/csv', content: Buffer.from(csvSheet) });
    return c.client.request('POST', `/api/csv-imports?cityId=${world.cityC}`, body, headers);
  },
  createOrganisation: (c) => c.client.post('/api/organisations', { name: `Org ${unique()}`, kind: 'company', cityId: c.cityId, languages: ['en'] }),
  createOrganisationInAnyCity: (c) => c.client.post('/api/organisations', { name: `Org ${unique()}`, kind: 'company', cityId: world.cityC, languages: ['en'] }),
  reviewItems: (c) => c.client.get('/api/review-queue'),
  createPerson: (c) => c.client.post('/api/people', { name: `Person ${unique()}`, cityId: c.cityId, organisationId: c.organisationId }),
  createPersonInOwnCity: (c) => c.client.post('/api/people', { name: `Person ${unique()}`, cityId: c.cityId }),
  createPersonInAnyCity: (c) => c.client.post('/api/people', { name: `Person ${unique()}`, cityId: world.cityC }),
  createPartnership: (c) =>
    c.client.post('/api/partnerships', {
      key: `p-${unique()}`,
      name: `Partnership ${unique()}`,
      kind: 'project-partnership',
      status: 'active',
      since: '2021-01-01',
      cities: [c.cityId, world.cityC],
      themes: [],
    }),
  startProject: (c) => c.client.post('/api/projects', { partnership: world.partnershipKey, title: `Project ${unique()}` }),
  planActivity: (c) =>
    c.client.post(`/api/partnerships/${world.partnershipKey}/activities`, {
      kind: 'webinar',
      title: { en: `Webinar ${unique()}` },
      hostCityId: null,
      timeZone: 'Europe/Berlin',
      startsLocal: '2027-03-01T10:00',
      endsLocal: '2027-03-01T12:00',
    }),
  seeMatchingQuality: (c) => c.client.get('/api/matching/quality'),
  editTaxonomy: (c) => c.client.post(`/api/taxonomy/concepts/${world.conceptKey}/synonyms`, { lang: 'en', term: `term${unique()}` }),
  seeSynonymSuggestions: (c) => c.client.get('/api/taxonomy/synonym-suggestions'),
  brokerIntroductions: (c) =>
    c.client.post('/api/introductions', {
      from: c.cityId === world.cityA ? world.orgB : world.orgA,
      to: c.cityId === world.cityA ? world.orgA : world.orgB,
      message: 'Two organisations that should meet about heat sensors.',
    }),
  seeIntroductionPipeline: (c) => c.client.get('/api/introductions/pipeline'),
};

// Abilities whose action does not refuse (a coordinator's city filter is ignored, not refused):
// stated by role, as the use cases decide them.
const byRole: Partial<Record<keyof SessionAbilities, boolean[]>> = {
  reviewItemsInAnyCity: [true, false, false, false, false, false],
  seeMatchingQualityOfAnyCity: [true, false, false, false, false, false],
  seeIntroductionPipelineOfAnyCity: [true, false, false, false, false, false],
};

describe('the session’s abilities', () => {
  it('lists every ability the features provide, each exactly once', async () => {
    const rules = await abilityRules();
    expect(Object.keys(rules).sort()).toEqual(Object.keys(sessionAbilities.shape).sort());
    expect(Object.keys({ ...actions, ...byRole, inviteRoles: true }).sort()).toEqual(Object.keys(sessionAbilities.shape).sort());
  });

  it('gives the public nothing', async () => {
    const res = await t.anonymous().get('/api/auth/session');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: null, csrfToken: null, can: noSessionAbilities });
  });

  it('comes with the sign-in answer too', async () => {
    await t.signedIn({ role: 'coordinator', cityId: world.cityA, email: 'signing.in@example.org' });
    const signIn = await t.anonymous().post('/api/auth/sign-in', { email: 'signing.in@example.org', password: 'test-password-1234' });
    expect(signIn.status).toBe(200);
    expect(signIn.body.can).toMatchObject({ createPartnership: true, manageUsers: false, inviteRoles: ['coordinator', 'org-editor', 'member'] });
  });

  for (const name of Object.keys(sessionAbilities.shape) as (keyof SessionAbilities)[]) {
    if (name === 'inviteRoles') continue;
    it(`${name} is true exactly when the action is allowed`, async () => {
      for (const [index, caller] of callers.entries()) {
        const can = (await caller.client.get('/api/auth/session')).body.can as SessionAbilities;
        const action = actions[name];
        const expected = action ? allowed(await action(caller)) : byRole[name]![index];
        expect({ caller: caller.name, [name]: can[name] }).toEqual({ caller: caller.name, [name]: expected });
      }
    });
  }

  it('inviteRoles lists exactly the roles an invitation may be sent for', async () => {
    for (const caller of callers) {
      const can = (await caller.client.get('/api/auth/session')).body.can as SessionAbilities;
      const accepted = [];
      for (const role of roles) {
        const res = await caller.client.post('/api/invitations', {
          email: `invitee.${unique()}@example.org`,
          role,
          cityId: role === 'admin' ? null : caller.cityId,
          organisationId: role === 'org-editor' ? caller.organisationId : null,
        });
        if (allowed(res)) accepted.push(role);
      }
      expect({ caller: caller.name, inviteRoles: can.inviteRoles }).toEqual({ caller: caller.name, inviteRoles: accepted });
    }
  });
});
