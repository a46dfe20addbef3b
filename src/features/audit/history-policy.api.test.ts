import { beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { people } from '../people/people.table.ts';
import { createPartnershipWorld, editableFields, partnershipBody, type PartnershipWorld } from '../partnerships/test-world.ts';
import { recordAudit } from './audit.service.ts';

let t: TestApp;
let w: PartnershipWorld;
let partnershipId: string;

const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
const history = (type: string, id: string) => `/api/history/${type}/${id}`;

beforeAll(async () => {
  t = await createTestApp();
  w = await createPartnershipWorld(t);
  const created = await w.dortmundCoordinator.post('/api/partnerships', partnershipBody(w));
  partnershipId = created.body.id;
  const edited = await w.clujCoordinator.put(`/api/partnerships/${partnershipId}`, { ...editableFields(created.body), status: 'active', since: '2020-08-01' });
  expect(edited.status).toBe(200);
  expect((await w.dortmundCoordinator.patch(`/api/partnerships/${partnershipId}/themes`, { version: 2, themes: ['culture'] })).status).toBe(200);
});

describe('partnership history', () => {
  it('shows co-owners who changed what, newest first, by display name only', async () => {
    const res = await w.clujCoordinator.get(history('partnership', partnershipId));
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    const [themes, edit, create] = res.body;
    expect(themes.actor).toEqual({ id: w.dortmundCoordinator.userId, label: 'Petra Schmidt', source: 'user', detail: null });
    expect(themes.changes).toHaveLength(1);
    expect(themes.changes[0]).toMatchObject({ field: 'themes', kind: 'list', added: [{ type: 'code', vocabulary: 'theme', code: 'culture' }] });
    expect(themes.changes[0].removed.map((v: { code: string }) => v.code)).toEqual(['digitalisation-smart-city', 'technology-startups', 'innovation-clusters']);
    expect(edit.actor).toEqual({ id: w.clujCoordinator.userId, label: 'Ana Pop', source: 'user', detail: null });
    // jsonb keeps its own key order, so compare the changes as a set.
    expect(edit.changes).toHaveLength(2);
    expect(edit.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'status',
          before: { type: 'code', vocabulary: 'partnership-status', code: 'agreement-signed', labels: null },
          after: expect.objectContaining({ code: 'active' }),
        }),
        expect.objectContaining({
          field: 'since',
          before: { type: 'date', value: '2020-07-31', withTime: false },
          after: { type: 'date', value: '2020-08-01', withTime: false },
        }),
      ]),
    );
    expect(edit.before.status).toBe('agreement-signed');
    expect(edit.after.cities).toEqual(['dortmund', 'cluj-napoca']);
    expect(create.before).toBeNull();
    expect(create.changes.map((c: { field: string }) => c.field)).toContain('name');
    expect(JSON.stringify(res.body)).not.toContain('@example.org');
  });

  it('is hidden from the public, coordinators of other cities and members', async () => {
    expect((await t.anonymous().get(history('partnership', partnershipId))).status).toBe(401);
    expect((await w.lyonCoordinator.get(history('partnership', partnershipId))).status).toBe(403);
    expect((await w.dortmundMember.get(history('partnership', partnershipId))).status).toBe(403);
    expect((await w.admin.get(history('partnership', partnershipId))).status).toBe(200);
  });

  it('answers 404 for unknown record types and 400 for a malformed id', async () => {
    expect((await w.admin.get(history('spaceship', partnershipId))).status).toBe(404);
    expect((await w.admin.get(history('constructor', partnershipId))).status).toBe(404);
    const bad = await w.admin.get(history('partnership', 'dortmund-cluj-napoca'));
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('params.id');
  });

  it('stays readable for co-owners after an admin deleted the partnership', async () => {
    const doomed = (await w.clujCoordinator.post('/api/partnerships', partnershipBody(w, { key: 'doomed' }))).body;
    expect((await w.admin.delete(`/api/partnerships/${doomed.id}`)).status).toBe(204);
    const res = await w.dortmundCoordinator.get(history('partnership', doomed.id));
    expect(res.status).toBe(200);
    expect(res.body[0]).toMatchObject({ action: 'delete', actor: { label: 'Platform Admin' }, after: null });
    expect((await w.lyonCoordinator.get(history('partnership', doomed.id))).status).toBe(403);
  });
});

describe('history of the records hanging off a partnership', () => {
  it('follows partnership edit rights for timeline events, agreements and documents, also once deleted', async () => {
    const event = (
      await w.dortmundCoordinator.post(`/api/partnerships/${partnershipId}/timeline`, { kind: 'meeting', occurredOn: '2021-01-01', title: { en: 'Kick-off' } })
    ).body;
    await w.clujCoordinator.put(`/api/timeline-events/${event.id}`, { kind: 'meeting', occurredOn: '2021-01-02', title: { en: 'Kick-off' }, version: 1 });
    await w.clujCoordinator.delete(`/api/timeline-events/${event.id}`);
    const agreement = (await w.clujCoordinator.post(`/api/partnerships/${partnershipId}/agreements`, { kind: 'memorandum', title: { en: 'MoU' } })).body;
    const boundary = 'b0undary';
    const upload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mou.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const document = (
      await w.clujCoordinator.post(`/api/agreements/${agreement.id}/documents`, upload, { 'content-type': `multipart/form-data; boundary=${boundary}` })
    ).body;

    const eventHistory = await w.dortmundCoordinator.get(history('timeline-event', event.id));
    expect(eventHistory.status).toBe(200);
    expect(eventHistory.body.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(eventHistory.body[1].changes).toEqual([
      expect.objectContaining({
        field: 'occurredOn',
        before: { type: 'date', value: '2021-01-01', withTime: false },
        after: { type: 'date', value: '2021-01-02', withTime: false },
      }),
    ]);
    expect(eventHistory.body[1].actor.label).toBe('Ana Pop');

    const agreementHistory = await w.dortmundCoordinator.get(history('agreement', agreement.id));
    expect(agreementHistory.body.map((e: { action: string }) => e.action)).toEqual(['create']);
    const documentHistory = await w.dortmundCoordinator.get(history('agreement-document', document.id));
    expect(documentHistory.status).toBe(200);
    expect(documentHistory.body[0].after).toMatchObject({ fileName: 'mou.pdf', sizeBytes: pdf.length });
    expect(JSON.stringify(documentHistory.body)).not.toContain('%PDF');

    for (const [type, id] of [
      ['timeline-event', event.id],
      ['agreement', agreement.id],
      ['agreement-document', document.id],
    ]) {
      expect((await w.lyonCoordinator.get(history(type, id))).status, type).toBe(403);
      expect((await w.dortmundMember.get(history(type, id))).status, type).toBe(403);
    }
  });
});

describe('history of cities, organisations and people', () => {
  it('shows a city’s history to its coordinators only', async () => {
    const city = (await w.clujCoordinator.get('/api/cities/cluj-napoca')).body;
    const res = await w.clujCoordinator.put(`/api/cities/${w.cluj.id}`, { version: city.version, name: 'Cluj-Napoca', country: 'RO', population: 286598 });
    expect(res.status).toBe(200);
    const own = await w.clujCoordinator.get(history('city', w.cluj.id));
    expect(own.status).toBe(200);
    expect(own.body[0].changes).toEqual([
      expect.objectContaining({ field: 'population', before: { type: 'empty' }, after: { type: 'number', value: 286598, unit: null } }),
    ]);
    expect((await w.dortmundCoordinator.get(history('city', w.cluj.id))).status).toBe(403);
  });

  it('shows an organisation’s and a person’s history to admins, coordinators of their city and their organisation’s editors', async () => {
    const org = await seedOrganisation(t.database.db, { cityId: w.cluj.id, name: 'Cluj IT Cluster', kind: 'cluster' });
    const otherOrg = await seedOrganisation(t.database.db, { cityId: w.cluj.id });
    const [person] = await t.database.db.insert(people).values({ cityId: w.cluj.id, organisationId: org.id, name: 'Ioana Pop' }).returning();
    await recordAudit(t.ctx(), { entityType: 'organisation', entityId: org.id, action: 'create', after: { name: org.name } });
    await recordAudit(t.ctx(), { entityType: 'person', entityId: person.id, action: 'create', after: { name: 'Ioana Pop' } });
    const editor = await t.signedIn({ role: 'org-editor', organisationId: org.id });
    const otherEditor = await t.signedIn({ role: 'org-editor', organisationId: otherOrg.id });

    for (const [type, id] of [
      ['organisation', org.id],
      ['person', person.id],
    ]) {
      for (const reader of [w.admin, w.clujCoordinator, editor]) {
        const res = await reader.get(history(type, id));
        expect(res.status, type).toBe(200);
        expect(res.body[0].actor).toEqual({ id: null, label: 'test', source: 'system', detail: null });
      }
      for (const outsider of [w.dortmundCoordinator, otherEditor, w.dortmundMember]) {
        expect((await outsider.get(history(type, id))).status, type).toBe(403);
      }
    }
  });
});
