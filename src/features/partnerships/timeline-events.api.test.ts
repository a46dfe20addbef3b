import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { createPartnershipWorld, partnershipBody, type PartnershipWorld } from './test-world.ts';

let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;

const event = (occurredOn: string, title: string, kind = 'meeting') => ({ kind, occurredOn, title: { en: title }, description: null });

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  partnershipId = (await w.admin.post('/api/partnerships', partnershipBody(w))).body.id;
});

describe('timeline events', () => {
  it('lets coordinators of either city add events, shown newest first with the three latest in the list', async () => {
    const signed = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, {
      kind: 'agreement-signed',
      occurredOn: '2020-07-31',
      title: { en: 'Letter of Intent signed by video conference', ro: 'Scrisoarea de intenție a fost semnată prin videoconferință' },
      description: { en: 'Signed by the mayors of Dortmund and Cluj-Napoca.' },
      originalLang: 'ro',
    });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ partnershipId, kind: 'agreement-signed', occurredOn: '2020-07-31', version: 1, originalLang: 'ro' });
    expect(signed.body.description).toEqual({ en: 'Signed by the mayors of Dortmund and Cluj-Napoca.' });
    // By key as well as by id.
    for (const [body, who] of [
      [event('2019-11-12', 'First delegation visit to Cluj-Napoca', 'delegation-visit'), w.dortmundCoordinator],
      [event('2021-03-02', 'Start-up exchange launched', 'project-started'), w.dortmundCoordinator],
      [event('2022-05-18', 'Smart city workshop in Dortmund', 'event'), w.clujCoordinator],
    ] as const) {
      expect((await who.post('/api/partnerships/dortmund-cluj-napoca/timeline', body)).status).toBe(201);
    }

    const detail = (await t.anonymous().get(`/api/partnerships/${partnershipId}`)).body;
    expect(detail.timeline.map((e: { occurredOn: string }) => e.occurredOn)).toEqual(['2022-05-18', '2021-03-02', '2020-07-31', '2019-11-12']);
    const item = (await t.anonymous().get('/api/partnerships')).body.items[0];
    expect(item.counts.timelineEvents).toBe(4);
    expect(item.latestEvents.map((e: { title: object; originalLang: string }) => [e.title, e.originalLang])).toEqual([
      [{ en: 'Smart city workshop in Dortmund' }, 'en'],
      [{ en: 'Start-up exchange launched' }, 'en'],
      [{ en: 'Letter of Intent signed by video conference', ro: 'Scrisoarea de intenție a fost semnată prin videoconferință' }, 'ro'],
    ]);
  });

  it('edits under the version check and deletes', async () => {
    const created = (await w.dortmundCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, event('2023-01-10', 'Draft'))).body;
    const edited = await w.clujCoordinator.put(`/api/timeline-events/${created.id}`, { ...event('2023-01-11', 'Steering group meeting'), version: 1 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: { en: 'Steering group meeting' }, description: {}, occurredOn: '2023-01-11', version: 2 });
    const stale = await w.dortmundCoordinator.put(`/api/timeline-events/${created.id}`, { ...event('2023-01-12', 'Stale'), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await w.dortmundCoordinator.delete(`/api/timeline-events/${created.id}`)).status).toBe(204);
    expect((await w.dortmundCoordinator.delete(`/api/timeline-events/${created.id}`)).status).toBe(404);
    const detail = (await t.anonymous().get(`/api/partnerships/${partnershipId}`)).body;
    expect(detail.timeline.some((e: { id: string }) => e.id === created.id)).toBe(false);
  });

  it('refuses the public, coordinators of other cities and members', async () => {
    const created = (await w.admin.post(`/api/partnerships/${partnershipId}/timeline`, event('2023-02-01', 'Protected'))).body;
    const add = `/api/partnerships/${partnershipId}/timeline`;
    const one = `/api/timeline-events/${created.id}`;
    const edit = { ...event('2023-02-01', 'Changed'), version: 1 };
    expect((await t.anonymous().post(add, event('2023-02-02', 'x'))).status).toBe(401);
    expect((await t.anonymous().put(one, edit)).status).toBe(401);
    expect((await t.anonymous().delete(one)).status).toBe(401);
    for (const outsider of [w.lyonCoordinator, w.dortmundMember]) {
      expect((await outsider.post(add, event('2023-02-02', 'x'))).status).toBe(403);
      expect((await outsider.put(one, edit)).status).toBe(403);
      expect((await outsider.delete(one)).status).toBe(403);
    }
  });

  it('names the failing fields of a malformed event', async () => {
    const res = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, { kind: 'party', occurredOn: '31.07.2020', title: {} });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['kind', 'occurredOn', 'title']);
    const texts = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, {
      kind: 'meeting',
      occurredOn: '2020-07-31',
      title: { de: '', hu: 'Találkozó' },
      description: { ro: 'x'.repeat(10_001) },
    });
    expect(texts.status).toBe(400);
    expect(texts.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['description.ro', 'title.de']);
    const plain = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, {
      kind: 'meeting',
      occurredOn: '2020-07-31',
      title: 'One language only',
    });
    expect(plain.status).toBe(400);
    expect(plain.body.fields.map((f: { path: string }) => f.path)).toEqual(['title']);
    const noOriginal = await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, { ...event('2020-07-31', 'Meeting'), originalLang: 'de' });
    expect(noOriginal.body.fields).toEqual([expect.objectContaining({ path: 'originalLang' })]);
    const edit = await w.clujCoordinator.put('/api/timeline-events/not-a-uuid', event('2020-01-01', 'x'));
    expect(edit.status).toBe(400);
    expect(edit.body.fields.map((f: { path: string }) => f.path)).toEqual(['params.id']);
    const missing = await w.clujCoordinator.put('/api/timeline-events/00000000-0000-4000-8000-000000000000', { ...event('2020-01-01', 'x'), version: 1 });
    expect(missing.status).toBe(404);
    expect((await w.clujCoordinator.post('/api/partnerships/nope/timeline', event('2020-01-01', 'x'))).status).toBe(404);
  });
});
