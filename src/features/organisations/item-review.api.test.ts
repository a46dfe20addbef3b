import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { listAuditEvents } from '../audit/audit.service.ts';
import { addDays, addMonths, todayIso } from './item-validity.ts';
import { latestMailTo } from '../mail/outbox-test-helpers.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { users } from '../users/users.table.ts';
import { organisationItems } from './organisations.table.ts';

type Client = Awaited<ReturnType<TestApp['signedIn']>>;
type Item = { id: string; title: string | null; status: string; reviewComment: string | null; version: number; validUntil: string | null; expired: boolean };
let t: TestApp;
let dortmundId: string;
let clujId: string;
let admin: Client;
let coordinator: Client;
let clujCoordinator: Client;

const paths = (body: { fields: { path: string }[] }) => body.fields.map((f) => f.path).sort();
const titles = (items: Item[]) => items.map((i) => i.title);
const byTitle = (items: Item[], title: string) => items.find((i) => i.title === title)!;
// Relative to the server's today, so that the fixtures never expire while the suite is kept.
const future = addMonths(todayIso(), 24);

/** An organisation created by its city's coordinator (items published at once) with its own editor. */
async function organisationWithEditor(key: string) {
  const created = await coordinator.post('/api/organisations', {
    key,
    name: `Organisation ${key}`,
    kind: 'university',
    cityId: dortmundId,
    offers: [
      { title: 'Smart grids', text: 'Joint research on smart grids.', validUntil: future },
      { title: 'Exchange', text: 'Student exchange places.' },
    ],
  });
  expect(created.status).toBe(201);
  const editor = await t.signedIn({ role: 'org-editor', organisationId: created.body.id, displayName: `Editor of ${key}` });
  return { org: created.body, editor };
}

const asInput = (i: Item & { text?: string }) => ({ id: i.id, title: i.title, text: i.text, validUntil: i.validUntil });

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  dortmundId = (await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' })).id;
  clujId = (await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' })).id;
  admin = await t.signedIn({ role: 'admin' });
  coordinator = await t.signedIn({ role: 'coordinator', cityId: dortmundId });
  clujCoordinator = await t.signedIn({ role: 'coordinator', cityId: clujId });
});

describe('review of offers and requests', () => {
  it('keeps items under review out of interchange exports', async () => {
    const { org, editor } = await organisationWithEditor('export-check');
    const [grids] = org.offers as (Item & { text: string })[];
    const saved = await editor.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: org.version,
      offers: [asInput(grids), { title: 'Unreviewed idea', text: 'Not yet approved by the coordinator.' }],
    });
    expect(saved.status).toBe(200);
    const exported = await admin.get('/api/interchange/export');
    expect(exported.status).toBe(200);
    const doc = JSON.parse(exported.text);
    const offers = doc.organisations.find((o: { key: string }) => o.key === 'export-check').offers.map((o: { title: string }) => o.title);
    expect(offers).toEqual(['Smart grids']);
  });

  it('holds an editor’s new and changed items back from the public and the partner city until approved', async () => {
    const { org, editor } = await organisationWithEditor('review-flow');
    const [grids, exchange] = org.offers as (Item & { text: string })[];
    expect([grids.status, exchange.status]).toEqual(['approved', 'approved']);

    const saved = await editor.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: org.version,
      offers: [asInput(grids), { ...asInput(exchange), text: 'Forty exchange places a year.' }, { title: 'Data lab', text: 'Open data laboratory.' }],
    });
    expect(saved.status).toBe(200);
    const mine = saved.body.offers as Item[];
    expect(mine.map((i) => [i.title, i.status])).toEqual([
      ['Smart grids', 'approved'],
      ['Exchange', 'pending-review'],
      ['Data lab', 'pending-review'],
    ]);
    expect(mine[0]).toMatchObject({ id: grids.id, version: 1 });
    expect(mine[1]).toMatchObject({ id: exchange.id, version: 2 });
    expect(saved.body.completeness).toMatchObject({ missing: expect.arrayContaining(['website', 'contactPerson']) });

    // The public and the partner city see the approved content only (the old text is gone with the edit).
    for (const reader of [t.anonymous(), clujCoordinator]) {
      const seen = (await reader.get(`/api/organisations/${org.id}`)).body;
      expect(titles(seen.offers)).toEqual(['Smart grids']);
      expect(seen.completeness).toBeNull();
    }
    const cityView = (await coordinator.get(`/api/organisations/${org.id}`)).body;
    expect(titles(cityView.offers)).toEqual(['Smart grids', 'Exchange', 'Data lab']);

    const queue = (await coordinator.get('/api/review-queue')).body.items as (Item & { organisation: { key: string }; submittedBy: { id: string } })[];
    const ours = queue.filter((q) => q.organisation.key === 'review-flow');
    expect(titles(ours)).toEqual(['Exchange', 'Data lab']);
    expect(ours[0].submittedBy.id).toBe(editor.userId);
    // The reviewer sees what is public now beside the change; a new item has nothing before it.
    expect((ours[0] as unknown as { previous: unknown }).previous).toMatchObject({ title: 'Exchange', text: 'Student exchange places.' });
    expect((ours[1] as unknown as { previous: unknown }).previous).toBeNull();
    expect((await clujCoordinator.get('/api/review-queue')).body.items).toEqual([]);
    expect(titles((await admin.get(`/api/review-queue?cityId=${dortmundId}`)).body.items)).toEqual(expect.arrayContaining(['Exchange', 'Data lab']));

    const approved = await coordinator.post(`/api/organisation-items/${exchange.id}/approve`, { version: 2 });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', text: 'Forty exchange places a year.', reviewedAt: expect.any(String) });
    const dataLab = byTitle(mine, 'Data lab');
    const returned = await coordinator.post(`/api/organisation-items/${dataLab.id}/return`, { comment: 'Please name the data sets.' });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Please name the data sets.' });

    expect(titles((await t.anonymous().get(`/api/organisations/${org.id}`)).body.offers)).toEqual(['Smart grids', 'Exchange']);
    const editorView = (await editor.get(`/api/organisations/${org.id}`)).body;
    expect(byTitle(editorView.offers, 'Data lab')).toMatchObject({ status: 'returned', reviewComment: 'Please name the data sets.' });
    expect(titles((await coordinator.get('/api/review-queue')).body.items)).not.toContain('Data lab');

    const events = await listAuditEvents(t.ctx(), 'organisation-item', dataLab.id);
    expect(events[0]).toMatchObject({ actorUserId: coordinator.userId, before: { status: 'pending-review' }, after: { status: 'returned' } });
    expect((await listAuditEvents(t.ctx(), 'organisation-item', exchange.id))[0].after).toMatchObject({ status: 'approved' });

    // Saving unchanged keeps the verdict; changing the content resubmits it.
    const all = editorView.offers as (Item & { text: string })[];
    const again = await editor.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: editorView.version,
      offers: all.map(asInput),
    });
    expect((again.body.offers as Item[]).map((i) => i.status)).toEqual(['approved', 'approved', 'returned']);
    const fixed = all.map((i) => (i.id === dataLab.id ? { ...asInput(i), text: 'Open data: traffic counts and air quality.' } : asInput(i)));
    const resubmitted = await editor.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: again.body.version,
      offers: fixed,
    });
    expect(byTitle(resubmitted.body.offers, 'Data lab')).toMatchObject({ status: 'pending-review', reviewComment: null, version: 2 });

    // Changed again after its approval: the approved change is what the reviewer compares with.
    const latest = resubmitted.body.offers as (Item & { text: string })[];
    const changedAgain = latest.map((i) => (i.id === exchange.id ? { ...asInput(i), text: 'Fifty exchange places a year.' } : asInput(i)));
    const third = await editor.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: resubmitted.body.version,
      offers: changedAgain,
    });
    expect(third.status).toBe(200);
    const queued = ((await coordinator.get('/api/review-queue')).body.items as { id: string; previous: { text: string } | null }[]).filter((q) =>
      [exchange.id, dataLab.id].includes(q.id),
    );
    expect(Object.fromEntries(queued.map((q) => [q.id, q.previous?.text ?? null]))).toEqual({
      [exchange.id]: 'Forty exchange places a year.',
      [dataLab.id]: null,
    });
  });

  it('tells the submitting editor the decision by mail, in their language', async () => {
    const created = await coordinator.post('/api/organisations', { key: 'decision-mail', name: 'Decision mail lab', kind: 'company', cityId: dortmundId });
    const email = `editor-decision-${Date.now()}@example.org`;
    const editor = await t.signedIn({ role: 'org-editor', organisationId: created.body.id, email });
    await t.database.db.update(users).set({ locale: 'ro' }).where(eq(users.id, editor.userId));
    const saved = await editor.put(`/api/organisations/${created.body.id}`, {
      name: 'Decision mail lab',
      kind: 'company',
      cityId: dortmundId,
      version: created.body.version,
      offers: [
        { title: 'Senzori de trafic', text: 'Oferim senzori pentru trafic.' },
        { title: 'Date deschise', text: 'Date despre calitatea aerului.' },
      ],
    });
    expect(saved.status).toBe(200);
    const [sensors, data] = saved.body.offers as Item[];

    await coordinator.post(`/api/organisation-items/${data.id}/return`, { comment: 'Numiți seturile de date.' });
    const returnedMail = await latestMailTo(t.database.db, email);
    expect(returnedMail.subject).toContain('Date deschise');
    expect(returnedMail.textBody).toContain('Numiți seturile de date.');
    expect(returnedMail.textBody).toContain('/organisations/decision-mail/edit');

    await coordinator.post(`/api/organisation-items/${sensors.id}/approve`, {});
    const approvedMail = await latestMailTo(t.database.db, email);
    expect(approvedMail.subject).toBe('Pontis: „Senzori de trafic” a fost aprobată');
    expect(approvedMail.textBody).toContain('/organisations/decision-mail\n');

    // Only the submitter hears of it: no mail to the coordinator who decided.
    const decisionMails = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.purpose, 'review-decision'));
    expect(decisionMails.filter((m) => m.textBody.includes('Decision mail lab')).map((m) => m.toAddress)).toEqual([email, email]);
  });

  it('refuses to decide twice, or on content changed since it was read', async () => {
    const { org, editor } = await organisationWithEditor('stale-review');
    const body = (offers: unknown[], version: number) => ({ name: org.name, kind: org.kind, cityId: dortmundId, version, offers });
    const first = await editor.put(`/api/organisations/${org.id}`, body([{ title: 'Draft', text: 'v1' }], org.version));
    const item = first.body.offers[0] as Item;
    await editor.put(`/api/organisations/${org.id}`, body([{ id: item.id, title: 'Draft', text: 'v2' }], first.body.version));
    const stale = await coordinator.post(`/api/organisation-items/${item.id}/approve`, { version: item.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: item.version + 1 });
    expect((await coordinator.post(`/api/organisation-items/${item.id}/approve`, {})).status).toBe(200);
    const twice = await coordinator.post(`/api/organisation-items/${item.id}/return`, { comment: 'Too late' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('not_pending');
  });

  it('keeps drafts private and out of the queue, and hides expired items from the public', async () => {
    const { org, editor } = await organisationWithEditor('drafts');
    const yesterday = addDays(todayIso(), -1);
    const res = await coordinator.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: org.version,
      offers: [
        { title: 'Old', text: 'Expired offer.', validUntil: yesterday },
        { title: 'Idea', text: 'Not ready.', draft: true },
      ],
    });
    expect((res.body.offers as Item[]).map((i) => [i.title, i.status, i.expired])).toEqual([
      ['Old', 'approved', true],
      ['Idea', 'draft', false],
    ]);
    expect((await t.anonymous().get(`/api/organisations/${org.id}`)).body.offers).toEqual([]);
    expect(titles((await editor.get(`/api/organisations/${org.id}`)).body.offers)).toEqual(['Old', 'Idea']);
    expect(titles((await coordinator.get('/api/review-queue')).body.items)).not.toContain('Idea');
    expect((await editor.get(`/api/organisations/${org.id}`)).body.completeness.missing).toContain('offerOrRequest');

    // Re-sent without the flag a draft stays a draft; draft: false submits it (and a coordinator's is approved).
    const [old, idea] = res.body.offers as (Item & { text: string })[];
    const body = (offers: unknown[], version: number) => ({ name: org.name, kind: org.kind, cityId: dortmundId, version, offers });
    const kept = await editor.put(`/api/organisations/${org.id}`, body([asInput(old), asInput(idea)], res.body.version));
    expect((kept.body.offers as Item[]).map((i) => i.status)).toEqual(['approved', 'draft']);
    const submitted = await editor.put(`/api/organisations/${org.id}`, body([asInput(old), { ...asInput(idea), draft: false }], kept.body.version));
    expect((submitted.body.offers as Item[]).map((i) => i.status)).toEqual(['approved', 'pending-review']);
  });

  it('refuses item ids that are not the organisation’s own, naming the field', async () => {
    const { org } = await organisationWithEditor('foreign-ids');
    const other = await organisationWithEditor('foreign-ids-other');
    const res = await coordinator.put(`/api/organisations/${org.id}`, {
      name: org.name,
      kind: org.kind,
      cityId: dortmundId,
      version: org.version,
      offers: [
        { id: other.org.offers[0].id, text: 'x' },
        { id: org.offers[0].id, text: 'a' },
      ],
      requests: [
        { id: org.offers[0].id, text: 'b' },
        { id: crypto.randomUUID(), text: 'c' },
      ],
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['offers.0.id', 'requests.0.id', 'requests.1.id']);
    expect(titles((await t.anonymous().get(`/api/organisations/${other.org.id}`)).body.offers)).toEqual(['Smart grids', 'Exchange']);
  });
});

describe('renewal', () => {
  it('extends an item by twelve months by default, keeps its state and re-arms the reminder', async () => {
    const { org, editor } = await organisationWithEditor('renewal');
    const [grids, exchange] = org.offers as Item[];
    await t.database.db.update(organisationItems).set({ expiryRemindedAt: new Date() }).where(eq(organisationItems.id, grids.id));
    const res = await editor.post(`/api/organisation-items/${grids.id}/renew`, {});
    expect(res.status).toBe(200);
    const stale = await editor.put(`/api/organisations/${org.id}`, { name: org.name, kind: org.kind, cityId: dortmundId, version: org.version, offers: [] });
    expect(stale.status).toBe(409);
    expect(res.body).toMatchObject({ validUntil: addMonths(future, 12), status: 'approved', expired: false });
    const [row] = await t.database.db.select().from(organisationItems).where(eq(organisationItems.id, grids.id));
    expect(row.expiryRemindedAt).toBeNull();
    expect((await listAuditEvents(t.ctx(), 'organisation-item', grids.id))[0]).toMatchObject({
      actorUserId: editor.userId,
      after: { validUntil: addMonths(future, 12) },
    });

    expect((await editor.post(`/api/organisation-items/${exchange.id}/renew`, {})).body.validUntil).toBe(addMonths(todayIso(), 12));
    const chosen = addDays(todayIso(), 30);
    expect((await coordinator.post(`/api/organisation-items/${exchange.id}/renew`, { validUntil: chosen })).body.validUntil).toBe(chosen);
    const past = await editor.post(`/api/organisation-items/${exchange.id}/renew`, { validUntil: addDays(todayIso(), -1) });
    expect(past.status).toBe(400);
    expect(paths(past.body)).toEqual(['validUntil']);
  });
});

describe('review endpoints: who may call them and what they accept', () => {
  let itemId: string;
  const callers: Record<string, Client> = {};

  beforeAll(async () => {
    const { org, editor } = await organisationWithEditor('guarded-items');
    itemId = org.offers[0].id;
    const other = await seedOrganisation(t.database.db, { cityId: dortmundId });
    callers.ownEditor = editor;
    callers.member = await t.signedIn({ role: 'member', cityId: dortmundId });
    callers.otherEditor = await t.signedIn({ role: 'org-editor', organisationId: other.id });
    callers.partnerCoordinator = clujCoordinator;
  });

  it('asks the public to sign in', async () => {
    const anon = t.anonymous();
    expect((await anon.get('/api/review-queue')).status).toBe(401);
    for (const action of ['approve', 'return', 'renew']) {
      expect((await anon.post(`/api/organisation-items/${itemId}/${action}`, { comment: 'x' })).status, action).toBe(401);
    }
  });

  it('lets only coordinators of the item’s city and admins review', async () => {
    for (const name of ['member', 'ownEditor', 'otherEditor']) {
      expect((await callers[name].get('/api/review-queue')).status, name).toBe(403);
    }
    for (const name of ['member', 'ownEditor', 'otherEditor', 'partnerCoordinator']) {
      for (const action of ['approve', 'return']) {
        const res = await callers[name].post(`/api/organisation-items/${itemId}/${action}`, { comment: 'x' });
        expect(res.status, `${name} ${action}`).toBe(403);
        expect(res.body.code).toBe('forbidden');
      }
    }
    expect((await admin.post(`/api/organisation-items/${crypto.randomUUID()}/approve`, {})).status).toBe(404);
  });

  it('lets only the organisation’s editors, its city’s coordinators and admins renew', async () => {
    for (const name of ['member', 'otherEditor', 'partnerCoordinator']) {
      expect((await callers[name].post(`/api/organisation-items/${itemId}/renew`, {})).status, name).toBe(403);
    }
    expect((await admin.post(`/api/organisation-items/${itemId}/renew`, {})).status).toBe(200);
  });

  it('names the malformed fields', async () => {
    const noComment = await coordinator.post(`/api/organisation-items/${itemId}/return`, { comment: '  ' });
    expect(noComment.status).toBe(400);
    expect(paths(noComment.body)).toEqual(['comment']);
    const badVersion = await coordinator.post(`/api/organisation-items/${itemId}/approve`, { version: 'seven' });
    expect(paths(badVersion.body)).toEqual(['version']);
    const badDate = await callers.ownEditor.post(`/api/organisation-items/${itemId}/renew`, { validUntil: '31.12.2030' });
    expect(badDate.status).toBe(400);
    expect(paths(badDate.body)).toEqual(['validUntil']);
    const badId = await coordinator.post('/api/organisation-items/not-an-id/approve', {});
    expect(badId.status).toBe(400);
    expect(paths(badId.body)).toEqual(['params.id']);
    const badQuery = await admin.get('/api/review-queue?cityId=dortmund');
    expect(paths(badQuery.body)).toEqual(['querystring.cityId']);
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const res = await coordinator.withoutCsrf().post(`/api/organisation-items/${itemId}/approve`, {});
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('csrf_failed');
  });
});
