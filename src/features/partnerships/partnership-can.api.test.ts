import { beforeAll, describe, expect, it } from 'vitest';
import { insertTestCall } from '../call-radar/call-radar-test-world.ts';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createPartnershipWorld, editableFields, partnershipBody, type PartnershipWorld } from './test-world.ts';

/**
 * `can` on a partnership (issue 12): each verb is true exactly when the action it names is not
 * refused (401/403) for that caller. Checked for every kind of caller against the action itself.
 */
let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;
let callers: [string, TestApp['anonymous'] extends () => infer C ? C : never][];
const CALL = 'HORIZON-CAN-2027-01';

type Can = Record<string, boolean>;
const refused = (status: number) => status === 401 || status === 403;

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const org = await seedOrganisation(t.database.db, { cityId: w.dortmund.id, key: 'tu-dortmund', name: 'TU Dortmund', kind: 'university' });
  const orgEditor = await t.signedIn({ role: 'org-editor', cityId: w.dortmund.id, organisationId: org.id, displayName: 'Olga Editor' });
  await insertTestCall(t.database.db, { identifier: CALL, title: 'Pilot cities', programmeCode: 'HORIZON', deadlineAts: [new Date('2030-02-10T16:00:00Z')] });
  const res = await w.dortmundCoordinator.post('/api/partnerships', partnershipBody(w));
  expect(res.status).toBe(201);
  partnershipId = res.body.id;
  callers = [
    ['admin', w.admin],
    ['coordinator of a member city', w.dortmundCoordinator],
    ['coordinator of the partner city', w.clujCoordinator],
    ['coordinator of another city', w.lyonCoordinator],
    ['org-editor of a member city', orgEditor],
    ['member of a member city', w.dortmundMember],
    ['the public', t.anonymous()],
  ];
});

describe('a partnership’s can', () => {
  it('is all false for the public and answers each verb for the signed-in', async () => {
    const can = async (client: (typeof callers)[number][1]) => (await client.get(`/api/partnerships/${partnershipId}`)).body.can as Can;
    expect(await can(t.anonymous())).toEqual({
      edit: false,
      delete: false,
      addAgreement: false,
      addTimelineEvent: false,
      startProject: false,
      useRadar: false,
      followCalls: false,
      subscribeFeed: false,
      planActivity: false,
    });
    expect(await can(w.dortmundMember)).toEqual({
      edit: false,
      delete: false,
      addAgreement: false,
      addTimelineEvent: false,
      startProject: false,
      useRadar: true,
      followCalls: true,
      subscribeFeed: true,
      planActivity: false,
    });
    expect(await can(w.admin)).toEqual({
      edit: true,
      delete: true,
      addAgreement: true,
      addTimelineEvent: true,
      startProject: true,
      useRadar: true,
      followCalls: true,
      subscribeFeed: true,
      planActivity: true,
    });
  });

  it('is what the actions answer, for every caller', async () => {
    for (const [who, client] of callers) {
      const read = await client.get(`/api/partnerships/${partnershipId}`);
      expect(read.status).toBe(200);
      const can = read.body.can as Can;
      expect(read.body.canEdit, who).toBe(can.edit);

      const current = (await w.admin.get(`/api/partnerships/${partnershipId}`)).body;
      const put = await client.put(`/api/partnerships/${partnershipId}`, editableFields(current));
      expect(refused(put.status), `${who}: edit`).toBe(!can.edit);
      if (can.edit) expect(put.body.can, `${who}: the PUT answers with can`).toEqual(can);

      const agreement = await client.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'memorandum', title: { en: `By ${who}` } });
      expect(refused(agreement.status), `${who}: addAgreement`).toBe(!can.addAgreement);

      const event = await client.post(`/api/partnerships/${partnershipId}/timeline`, { kind: 'meeting', occurredOn: '2024-05-01', title: { en: `By ${who}` } });
      expect(refused(event.status), `${who}: addTimelineEvent`).toBe(!can.addTimelineEvent);

      const project = await client.post('/api/projects', { partnership: partnershipId, title: `Project by ${who}` });
      expect(refused(project.status), `${who}: startProject`).toBe(!can.startProject);

      const radar = await client.get(`/api/calls/radar?partnership=${partnershipId}`);
      expect(refused(radar.status), `${who}: useRadar`).toBe(!can.useRadar);

      const follow = await client.put(`/api/calls/${CALL}/follow`, { partnershipId });
      expect(refused(follow.status), `${who}: followCalls`).toBe(!can.followCalls);

      const feed = await client.post('/api/calendar-feeds', { scope: 'partnership', partnershipId });
      expect(refused(feed.status), `${who}: subscribeFeed`).toBe(!can.subscribeFeed);

      const activity = await client.post(`/api/partnerships/${partnershipId}/activities`, {
        kind: 'webinar',
        title: { en: `Webinar by ${who}` },
        hostCityId: null,
        timeZone: 'Europe/Berlin',
        startsLocal: '2027-03-01T10:00',
        endsLocal: '2027-03-01T12:00',
      });
      expect(refused(activity.status), `${who}: planActivity`).toBe(!can.planActivity);
    }
  });

  it('lets only those with can.delete delete it', async () => {
    for (const [who, client] of callers) {
      const can = (await client.get(`/api/partnerships/${partnershipId}`)).body.can as Can;
      if (can.delete) continue;
      expect(refused((await client.delete(`/api/partnerships/${partnershipId}`)).status), `${who}: delete`).toBe(true);
    }
    const throwaway = await w.admin.post('/api/partnerships', partnershipBody(w, { key: 'throwaway' }));
    expect(throwaway.body.can.delete).toBe(true);
    expect((await w.admin.delete(`/api/partnerships/${throwaway.body.id}`)).status).toBe(204);
  });

  it('comes with every summary of the list and the dashboard, computed per caller', async () => {
    for (const [who, client] of callers) {
      const detail = (await client.get(`/api/partnerships/${partnershipId}`)).body.can;
      const list = await client.get('/api/partnerships');
      expect(list.body.items.find((p: { id: string }) => p.id === partnershipId).can, who).toEqual(detail);
      if (who === 'the public') continue;
      const dashboard = await client.get('/api/dashboard');
      const mine = dashboard.body.items.find((p: { id: string }) => p.id === partnershipId);
      if (mine) expect(mine.can, who).toEqual(detail);
    }
  });
});
