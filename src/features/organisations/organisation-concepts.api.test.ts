import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listAuditEvents } from '../audit/audit.service.ts';
import { organisationItems, organisations } from './organisations.table.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
type Item = { id: string; title: string | null; text: string; status: string; version: number; concepts: string[] };
let t: TestApp;
let cityId: string;
let coordinator: Client;

const paths = (body: { fields: { path: string }[] }) => body.fields.map((f) => f.path).sort();

/** The body a form sends back: the organisation as read, with changes. */
const asUpdate = (org: { version: number; name: string; kind: string; offers: Item[]; requests: Item[] }, changes: Record<string, unknown> = {}) => ({
  version: org.version,
  name: org.name,
  kind: org.kind,
  cityId,
  offers: org.offers.map((i) => ({ id: i.id, title: i.title, text: i.text })),
  requests: org.requests.map((i) => ({ id: i.id, title: i.title, text: i.text })),
  ...changes,
});

beforeAll(async () => {
  t = await createTestApp();
  cityId = (await seedCity(t.database.db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  coordinator = await t.signedIn({ role: 'coordinator', cityId });
});

describe('confirmed concepts of organisations and their offers and requests', () => {
  it('stores and returns the concepts an editor confirmed', async () => {
    const res = await coordinator.post('/api/organisations', {
      name: 'Agro Irigații Cluj',
      kind: 'company',
      cityId,
      concepts: ['irrigation', 'smart-agriculture', 'irrigation'],
      offers: [{ lang: 'ro', title: 'Irigații', text: 'Sisteme de irigații prin picurare.', concepts: ['irrigation'] }],
      requests: [{ lang: 'ro', title: 'Hidrogen', text: 'Căutăm parteneri pentru hidrogen verde.' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.concepts).toEqual(['irrigation', 'smart-agriculture']);
    expect(res.body.offers[0].concepts).toEqual(['irrigation']);
    expect(res.body.requests[0].concepts).toEqual([]);

    const [row] = await t.database.db.select({ concepts: organisations.concepts }).from(organisations).where(eq(organisations.id, res.body.id));
    expect(row.concepts).toEqual(['irrigation', 'smart-agriculture']);
    const [item] = await t.database.db
      .select({ concepts: organisationItems.concepts })
      .from(organisationItems)
      .where(eq(organisationItems.id, res.body.offers[0].id));
    expect(item.concepts).toEqual(['irrigation']);
    expect((await t.anonymous().get(`/api/organisations/${res.body.id}`)).body.offers[0].concepts).toEqual(['irrigation']);
    const audit = await listAuditEvents(t.ctx(), 'organisation', res.body.id);
    expect(audit[0].after).toMatchObject({ concepts: ['irrigation', 'smart-agriculture'], offers: [{ concepts: ['irrigation'] }] });
  });

  it('refuses unknown concept keys, naming each field', async () => {
    const res = await coordinator.post('/api/organisations', {
      name: 'Unknown concepts',
      kind: 'company',
      cityId,
      concepts: ['no-such-concept'],
      offers: [{ text: 'Offer', concepts: ['irrigation', 'nor-this-one'] }],
      requests: [{ text: 'Request', concepts: ['Not A Key'] }],
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['requests.0.concepts.0']);
    const unknown = await coordinator.post('/api/organisations', {
      name: 'Unknown concepts',
      kind: 'company',
      cityId,
      concepts: ['no-such-concept'],
      offers: [{ text: 'Offer', concepts: ['irrigation', 'nor-this-one'] }],
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.body)).toEqual(['concepts.0', 'offers.0.concepts.1']);
    expect(unknown.body.fields.find((f: { path: string }) => f.path === 'offers.0.concepts.1')).toMatchObject({
      rule: 'unknown_concept',
      message: expect.stringContaining('nor-this-one'),
    });
  });

  it('keeps the concepts when a client leaves them out, and clears them when sent empty', async () => {
    const created = await coordinator.post('/api/organisations', {
      name: 'Kept concepts',
      kind: 'company',
      cityId,
      concepts: ['hydrogen'],
      offers: [{ title: 'H2', text: 'Electrolysers.', concepts: ['hydrogen'] }],
    });
    const kept = await coordinator.put(`/api/organisations/${created.body.id}`, asUpdate(created.body));
    expect(kept.status).toBe(200);
    expect(kept.body.concepts).toEqual(['hydrogen']);
    expect(kept.body.offers[0].concepts).toEqual(['hydrogen']);
    expect(kept.body.offers[0].version).toBe(1);

    const cleared = await coordinator.put(`/api/organisations/${created.body.id}`, {
      ...asUpdate(kept.body, { concepts: [] }),
      offers: [{ id: kept.body.offers[0].id, title: 'H2', text: 'Electrolysers.', concepts: [] }],
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.concepts).toEqual([]);
    expect(cleared.body.offers[0].concepts).toEqual([]);
  });

  it('sends an approved item back to review when its editor changes its concepts, not when the order changes', async () => {
    const created = await coordinator.post('/api/organisations', {
      name: 'Reviewed concepts',
      kind: 'university',
      cityId,
      offers: [{ title: 'Water', text: 'Smart water management.', concepts: ['irrigation', 'drinking-water'] }],
    });
    expect(created.body.offers[0].status).toBe('approved');
    const editor = await t.signedIn({ role: 'org-editor', organisationId: created.body.id });
    const offer = created.body.offers[0] as Item;

    const reordered = await editor.put(`/api/organisations/${created.body.id}`, {
      ...asUpdate(created.body),
      offers: [{ id: offer.id, title: offer.title, text: offer.text, concepts: ['drinking-water', 'irrigation'] }],
    });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    expect(reordered.body.offers[0]).toMatchObject({ status: 'approved', version: 1 });

    const changed = await editor.put(`/api/organisations/${created.body.id}`, {
      ...asUpdate(reordered.body),
      offers: [{ id: offer.id, title: offer.title, text: offer.text, concepts: ['irrigation'] }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.offers[0]).toMatchObject({ status: 'pending-review', version: 2, concepts: ['irrigation'] });
    // The public keeps seeing nothing of it until the coordinator approves.
    expect((await t.anonymous().get(`/api/organisations/${created.body.id}`)).body.offers).toEqual([]);
    const queue = await coordinator.get('/api/review-queue');
    expect(queue.body.items.find((i: { id: string }) => i.id === offer.id)).toMatchObject({ concepts: ['irrigation'], status: 'pending-review' });
  });
});
