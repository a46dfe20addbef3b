import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../testing/test-client.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { partnershipCities, partnerships } from '../partnerships/partnerships.table.ts';
import { people } from '../people/people.table.ts';
import { users } from '../users/users.table.ts';
import { sendIntroductionReminders } from './introduction-reminders.ts';
import { introductions } from './introductions.table.ts';

type Client = TestClient & { userId: string };
let t: TestApp;
let dortmund: { id: string };
let cluj: { id: string };
let lyon: { id: string };
let clujCoordinator: Client;
let dortmundCoordinator: Client;
let lyonCoordinator: Client;

const message = 'We build sensor networks for urban heat and seek a pilot partner in Cluj-Napoca.';
const mailsTo = (to: string, purpose?: string) =>
  t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), purpose ? eq(mailOutbox.purpose, purpose) : undefined));

let n = 0;
/** An organisation with its editor (locale as given) and a member, in a city. */
async function orgWithEditor(cityId: string, name: string, locale: string | null = null) {
  const key = `org-${++n}`;
  const org = await seedOrganisation(t.database.db, { cityId, key, name, kind: 'startup' });
  const editor = await t.signedIn({ role: 'org-editor', organisationId: org.id, cityId, email: `editor-${key}@example.org`, displayName: `Editor ${name}` });
  if (locale) await t.database.db.update(users).set({ locale }).where(eq(users.id, editor.userId));
  return { org, editor };
}

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://pontis.example.org' });
  const db = t.database.db;
  dortmund = await seedCity(db, { key: 'dortmund', name: 'Dortmund', country: 'DE' });
  cluj = await seedCity(db, { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' });
  lyon = await seedCity(db, { key: 'lyon', name: 'Lyon', country: 'FR' });
  const [p] = await db
    .insert(partnerships)
    .values({ key: 'dortmund-cluj', name: 'Dortmund – Cluj-Napoca', kind: 'project-partnership', status: 'active' })
    .returning();
  await db.insert(partnershipCities).values([
    { partnershipId: p.id, cityId: dortmund.id, position: 0 },
    { partnershipId: p.id, cityId: cluj.id, position: 1 },
  ]);
  clujCoordinator = await t.signedIn({ role: 'coordinator', cityId: cluj.id, email: 'coord@cluj.example.org', displayName: 'Ana Pop' });
  dortmundCoordinator = await t.signedIn({ role: 'coordinator', cityId: dortmund.id, email: 'coord@dortmund.example.org', displayName: 'Petra Schmidt' });
  lyonCoordinator = await t.signedIn({ role: 'coordinator', cityId: lyon.id, email: 'coord@lyon.example.org' });
});

describe('asking for an introduction (double opt-in, partner-blind)', () => {
  it('reaches the other side without personal data, and reveals both sides’ contacts once accepted', async () => {
    const asker = await orgWithEditor(dortmund.id, 'Heat Sensors GmbH', 'de');
    const asked = await orgWithEditor(cluj.id, 'Cluj Innovation Lab', 'ro');
    await t.database.db.insert(people).values([
      { cityId: cluj.id, organisationId: asked.org.id, name: 'Ioana Partner', email: 'ioana@lab.example.ro', visibleToPartners: true },
      { cityId: cluj.id, organisationId: asked.org.id, name: 'Private Person', email: 'private@lab.example.ro' },
    ]);
    const [offer] = await t.database.db
      .insert(organisationItems)
      .values({ organisationId: asked.org.id, direction: 'offer', position: 0, title: 'Pilot site for heat sensors', text: 'A pilot site.' })
      .returning();

    const created = await asker.editor.post('/api/introductions', { from: asker.org.key, to: asked.org.key, itemId: offer.id, message });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      stage: null,
      brokered: false,
      message,
      item: { id: offer.id, title: 'Pilot site for heat sensors' },
    });
    expect(created.body.from.acceptedAt).toEqual(expect.any(String));
    expect(created.body.to.acceptedAt).toBeNull();
    expect(created.body.viewer).toMatchObject({ sides: ['from'], canAccept: false, canWithdraw: true });
    const id = created.body.id as string;

    // The asked side: organisation names and the message, no name or e-mail of the asker.
    const seen = await asked.editor.get(`/api/introductions/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ message, requestedBy: null, contactsRevealed: false, unread: true, viewer: { sides: ['to'], canAccept: true } });
    expect(seen.body.from.contacts).toBeNull();
    expect(seen.body.from.organisation).toMatchObject({ name: 'Heat Sensors GmbH', city: { name: 'Dortmund' } });
    expect(JSON.stringify(seen.body)).not.toContain(asker.editor.userId);
    expect(JSON.stringify(seen.body)).not.toContain('editor-');
    // The asker does not see the asked side's people yet either.
    expect((await asker.editor.get(`/api/introductions/${id}`)).body.to.contacts).toBeNull();

    const [requestMail] = await mailsTo(`editor-${asked.org.key}@example.org`, 'introduction-request');
    expect(requestMail.subject).toBe('Pontis: Heat Sensors GmbH (Dortmund) solicită o prezentare');
    expect(requestMail.textBody).toContain(`> ${message}`);
    expect(requestMail.textBody).toContain(`https://pontis.example.org/introductions/${id}`);
    expect(requestMail.textBody).not.toContain(`editor-${asker.org.key}`);
    // The city's coordinators are not mailed: the organisation has an editor.
    expect(await mailsTo('coord@cluj.example.org', 'introduction-request')).toEqual([]);

    const accepted = await asked.editor.post(`/api/introductions/${id}/accept`, { version: seen.body.version });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', stage: 'introduced', contactsRevealed: true });
    expect(accepted.body.ladder.introducedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(accepted.body.from.contacts).toEqual([
      { kind: 'user', name: 'Editor Heat Sensors GmbH', email: `editor-${asker.org.key}@example.org`, phone: null, roleTitle: null },
    ]);

    const askerView = (await asker.editor.get(`/api/introductions/${id}`)).body;
    expect(askerView.to.contacts.map((c: { name: string }) => c.name)).toEqual(['Editor Cluj Innovation Lab', 'Ioana Partner']);
    expect(askerView.requestedBy).toEqual({ displayName: 'Editor Heat Sensors GmbH', email: `editor-${asker.org.key}@example.org` });

    const [toAsker] = await mailsTo(`editor-${asker.org.key}@example.org`, 'introduction-accepted');
    expect(toAsker.subject).toBe('Pontis: Heat Sensors GmbH und Cluj Innovation Lab sind einander vorgestellt');
    expect(toAsker.textBody).toContain('ioana@lab.example.ro');
    expect(toAsker.textBody).toContain(`editor-${asked.org.key}@example.org`);
    expect(toAsker.textBody).not.toContain('private@lab.example.ro');
    const [toAsked] = await mailsTo(`editor-${asked.org.key}@example.org`, 'introduction-accepted');
    expect(toAsked.textBody).toContain(`editor-${asker.org.key}@example.org`);

    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'introduction'), eq(auditEvents.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses the same city, a non-partner city, an unknown organisation, a bad message and a foreign item, naming the field', async () => {
    const asker = await orgWithEditor(dortmund.id, 'Refused Asker');
    const sameCity = await seedOrganisation(t.database.db, { cityId: dortmund.id });
    const inLyon = await seedOrganisation(t.database.db, { cityId: lyon.id });
    const inCluj = await seedOrganisation(t.database.db, { cityId: cluj.id });
    const other = await seedOrganisation(t.database.db, { cityId: dortmund.id });
    const [foreignItem] = await t.database.db
      .insert(organisationItems)
      .values({ organisationId: other.id, direction: 'offer', position: 0, text: 'x' })
      .returning();
    const ask = (body: Record<string, unknown>) => asker.editor.post('/api/introductions', { from: asker.org.key, to: inCluj.key, message, ...body });
    const field = async (body: Record<string, unknown>) => {
      const res = await ask(body);
      return [res.status, res.body.fields?.[0]?.path, res.body.fields?.[0]?.rule];
    };
    expect(await field({ to: sameCity.key })).toEqual([400, 'to', 'same_city']);
    expect(await field({ to: inLyon.key })).toEqual([400, 'to', 'not_partner_city']);
    expect(await field({ to: 'no-such-org' })).toEqual([400, 'to', 'not_found']);
    expect(await field({ to: asker.org.key })).toEqual([400, 'to', 'same_organisation']);
    expect((await field({ message: 'Hi' })).slice(0, 2)).toEqual([400, 'message']);
    expect((await field({ message: 'x'.repeat(1001) })).slice(0, 2)).toEqual([400, 'message']);
    expect(await field({ itemId: foreignItem.id })).toEqual([400, 'itemId', 'not_found']);
  });

  it('refuses anonymous callers, members of other organisations and coordinators of unrelated cities', async () => {
    const asker = await orgWithEditor(dortmund.id, 'Owner Org');
    const target = await seedOrganisation(t.database.db, { cityId: cluj.id });
    const body = { from: asker.org.key, to: target.key, message };
    expect((await t.anonymous().post('/api/introductions', body)).status).toBe(401);
    const stranger = await orgWithEditor(dortmund.id, 'Stranger Org');
    expect((await stranger.editor.post('/api/introductions', body)).status).toBe(403);
    const cityMember = await t.signedIn({ role: 'member', cityId: dortmund.id });
    expect((await cityMember.post('/api/introductions', body)).status).toBe(403);
    expect((await lyonCoordinator.post('/api/introductions', body)).status).toBe(403);
    // A member of the organisation may ask.
    const member = await t.signedIn({ role: 'member', cityId: dortmund.id, organisationId: asker.org.id });
    expect((await member.post('/api/introductions', body)).status).toBe(201);
  });

  it('allows one open or accepted introduction per pair, and keeps a declined pair from being asked again', async () => {
    const a = await orgWithEditor(dortmund.id, 'Pair A');
    const b = await orgWithEditor(cluj.id, 'Pair B');
    const first = await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message });
    expect(first.status).toBe(201);
    // The reverse direction is the same pair.
    const reverse = await b.editor.post('/api/introductions', { from: b.org.key, to: a.org.key, message });
    expect([reverse.status, reverse.body.code]).toEqual([409, 'introduction_exists']);
    // Two at once: the unique index lets exactly one through.
    const c = await orgWithEditor(cluj.id, 'Pair C');
    const race = await Promise.all([0, 1].map(() => a.editor.post('/api/introductions', { from: a.org.key, to: c.org.key, message })));
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);

    const declined = await b.editor.post(`/api/introductions/${first.body.id}/decline`, {
      version: first.body.version,
      reason: 'Not our field at the moment.',
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', declinedSide: 'to', declinedReason: 'Not our field at the moment.' });
    const [mail] = await mailsTo(`editor-${a.org.key}@example.org`, 'introduction-declined');
    expect(mail.subject).toBe('Pontis: Pair B declined the introduction');
    expect(mail.textBody).toContain('> Not our field at the moment.');
    expect(mail.textBody).not.toContain(`editor-${b.org.key}`);
    // The decline does not reveal the decliner to the asker.
    expect((await a.editor.get(`/api/introductions/${first.body.id}`)).body.to.contacts).toBeNull();

    const again = await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message });
    expect([again.status, again.body.code]).toEqual([409, 'introduction_declined']);
    // A coordinator may still broker it.
    expect((await dortmundCoordinator.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).status).toBe(201);
  });

  it('limits how many introductions one user asks for per hour', async () => {
    const a = await orgWithEditor(dortmund.id, 'Busy Asker');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const target = await seedOrganisation(t.database.db, { cityId: cluj.id });
      statuses.push((await a.editor.post('/api/introductions', { from: a.org.key, to: target.key, message })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('answering, withdrawing and reading', () => {
  it('lets only the asked side answer, refuses stale versions and strangers', async () => {
    const a = await orgWithEditor(dortmund.id, 'Answer A');
    const b = await orgWithEditor(cluj.id, 'Answer B');
    const created = (await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).body;
    const id = created.id;
    // The asker cannot accept for the other side; a stranger does not even learn it exists.
    expect((await a.editor.post(`/api/introductions/${id}/accept`, { version: created.version })).status).toBe(403);
    const stranger = await orgWithEditor(cluj.id, 'Answer Stranger');
    expect((await stranger.editor.get(`/api/introductions/${id}`)).status).toBe(404);
    expect((await stranger.editor.post(`/api/introductions/${id}/accept`, { version: created.version })).status).toBe(404);
    expect((await lyonCoordinator.post(`/api/introductions/${id}/decline`, { version: created.version })).status).toBe(404);
    // The asked side's city coordinator reads it but does not answer for an organisation with editors.
    expect((await clujCoordinator.get(`/api/introductions/${id}`)).status).toBe(200);
    expect((await clujCoordinator.post(`/api/introductions/${id}/accept`, { version: created.version })).status).toBe(403);
    // The other side may not withdraw the asker's request.
    expect((await b.editor.post(`/api/introductions/${id}/withdraw`, { version: created.version })).status).toBe(403);
    expect((await b.editor.post(`/api/introductions/${id}/accept`, { version: created.version + 5 })).status).toBe(409);

    const withdrawn = await a.editor.post(`/api/introductions/${id}/withdraw`, { version: created.version });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const late = await b.editor.post(`/api/introductions/${id}/accept`, { version: withdrawn.body.version });
    expect([late.status, late.body.code]).toEqual([409, 'not_pending']);
    // The pair is free again.
    expect((await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).status).toBe(201);
  });

  it('brokered: a coordinator brings two organisations together and both must accept; an editor-less side is answered by its city’s coordinators', async () => {
    const a = await orgWithEditor(dortmund.id, 'Broker A', 'en');
    const noEditors = await seedOrganisation(t.database.db, { cityId: cluj.id, name: 'Cluj Museum' });
    const created = await dortmundCoordinator.post('/api/introductions', { from: a.org.key, to: noEditors.key, message });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ brokered: true, from: { acceptedAt: null }, to: { acceptedAt: null } });
    const id = created.body.id;
    expect((await mailsTo(`editor-${a.org.key}@example.org`, 'introduction-request'))[0].subject).toBe(
      `Pontis: the coordinators suggest ${a.org.name} and Cluj Museum meet`,
    );
    expect((await mailsTo('coord@cluj.example.org', 'introduction-request')).filter((m) => m.subject.includes('Cluj Museum'))).toHaveLength(1);

    // The broker's name is not shown to the Cluj side before both accepted.
    const clujView = (await clujCoordinator.get(`/api/introductions/${id}`)).body;
    expect(clujView.brokeredBy).toBeNull();
    expect(clujView.viewer.canAccept).toBe(true);
    expect((await a.editor.get(`/api/introductions/${id}`)).body.viewer.canAccept).toBe(true);

    const first = await clujCoordinator.post(`/api/introductions/${id}/accept`, { version: clujView.version });
    expect(first.body).toMatchObject({ status: 'pending', contactsRevealed: false });
    const second = await a.editor.post(`/api/introductions/${id}/accept`, { version: first.body.version });
    expect(second.body).toMatchObject({ status: 'accepted', stage: 'introduced', brokeredBy: { displayName: 'Petra Schmidt' } });
    expect(second.body.to.contacts).toEqual([{ kind: 'user', name: 'Ana Pop', email: 'coord@cluj.example.org', phone: null, roleTitle: null }]);
    expect(await mailsTo('coord@cluj.example.org', 'introduction-accepted')).toHaveLength(1);
  });

  it('keeps an inbox with unread counts per reader', async () => {
    const a = await orgWithEditor(dortmund.id, 'Inbox A');
    const b = await orgWithEditor(cluj.id, 'Inbox B');
    const created = (await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).body;
    const inbox = (await b.editor.get('/api/introductions?box=inbox')).body;
    expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    expect(inbox.items[0]).toMatchObject({ unread: true, awaitingYou: true });
    expect(inbox.unread).toEqual({ inbox: 1, sent: 0, awaitingYou: 1 });
    expect((await b.editor.get('/api/introductions?box=sent')).body.items).toEqual([]);
    const sent = (await a.editor.get('/api/introductions?box=sent')).body;
    expect(sent.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    expect(sent.unread.sent).toBe(0);

    expect((await b.editor.post(`/api/introductions/${created.id}/read`)).status).toBe(204);
    expect((await b.editor.get('/api/introductions?box=inbox')).body.unread.inbox).toBe(0);
    const accepted = await b.editor.post(`/api/introductions/${created.id}/accept`, { version: created.version });
    expect(accepted.status).toBe(200);
    // The acceptance is news for the asker.
    expect((await a.editor.get('/api/introductions?box=sent')).body.unread.sent).toBe(1);
    expect((await b.editor.get('/api/introductions?box=inbox')).body.unread).toEqual({ inbox: 0, sent: 0, awaitingYou: 0 });
    const stranger = await orgWithEditor(cluj.id, 'Inbox Stranger');
    expect((await stranger.editor.get('/api/introductions')).body.items).toEqual([]);
    expect((await stranger.editor.post(`/api/introductions/${created.id}/read`)).status).toBe(404);
    expect((await t.anonymous().get('/api/introductions')).status).toBe(401);
  });
});

describe('follow-up ladder and pipeline', () => {
  it('is moved by either side with dates, only once accepted', async () => {
    const a = await orgWithEditor(dortmund.id, 'Ladder A');
    const b = await orgWithEditor(cluj.id, 'Ladder B');
    const created = (await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).body;
    const early = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: created.version, stage: 'met' });
    expect([early.status, early.body.code]).toEqual([409, 'not_accepted']);
    const accepted = (await b.editor.post(`/api/introductions/${created.id}/accept`, { version: created.version })).body;
    const today = accepted.ladder.introducedOn as string;

    const future = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: accepted.version, stage: 'met', on: '2999-01-01' });
    expect([future.status, future.body.fields[0].path]).toEqual([400, 'on']);
    const bad = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: accepted.version, stage: 'married' });
    expect(bad.status).toBe(400);
    expect((await clujCoordinator.post(`/api/introductions/${created.id}/stage`, { version: accepted.version, stage: 'met' })).status).toBe(403);
    expect((await lyonCoordinator.post(`/api/introductions/${created.id}/stage`, { version: accepted.version, stage: 'met' })).status).toBe(404);

    const met = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: accepted.version, stage: 'met', on: today });
    expect(met.body).toMatchObject({ stage: 'met', ladder: { introducedOn: today, metOn: today } });
    const joint = await b.editor.post(`/api/introductions/${created.id}/stage`, { version: met.body.version, stage: 'joint-project' });
    expect(joint.body).toMatchObject({ stage: 'joint-project', ladder: { metOn: today, collaboratingOn: null, jointProjectOn: today } });
    // A stale form: 409 with the current version.
    const stale = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: met.body.version, stage: 'collaborating' });
    expect([stale.status, stale.body.code, stale.body.currentVersion]).toEqual([409, 'version_conflict', joint.body.version]);
    // Back to collaborating is a correction: the joint-project date is cleared.
    const back = await a.editor.post(`/api/introductions/${created.id}/stage`, { version: joint.body.version, stage: 'collaborating' });
    expect(back.body).toMatchObject({ stage: 'collaborating', ladder: { collaboratingOn: today, jointProjectOn: null } });
  });

  it('shows coordinators the pipeline of their city, counted by status and step; refuses members', async () => {
    const pipeline = await clujCoordinator.get('/api/introductions/pipeline');
    expect(pipeline.status).toBe(200);
    const rows = await t.database.db.select().from(introductions);
    // Counted independently of the service, from the tables.
    const orgCity = new Map(
      (await t.database.db.select({ id: organisations.id, cityId: organisations.cityId }).from(organisations)).map((o) => [o.id, o.cityId]),
    );
    const inCluj = rows.filter((r) => orgCity.get(r.fromOrganisationId) === cluj.id || orgCity.get(r.toOrganisationId) === cluj.id);
    expect(pipeline.body.counts.total).toBe(inCluj.length);
    expect(pipeline.body.counts.status.accepted).toBe(inCluj.filter((r) => r.status === 'accepted').length);
    expect(pipeline.body.counts.stage.collaborating).toBe(inCluj.filter((r) => r.status === 'accepted' && r.stage === 'collaborating').length);
    expect(pipeline.body.counts.stage.collaborating).toBeGreaterThan(0);
    const filtered = await clujCoordinator.get('/api/introductions/pipeline?status=declined');
    expect(filtered.body.items.every((i: { status: string }) => i.status === 'declined')).toBe(true);
    expect(filtered.body.items.length).toBe(inCluj.filter((r) => r.status === 'declined').length);
    expect((await lyonCoordinator.get('/api/introductions/pipeline')).body.counts.total).toBe(0);

    const member = await t.signedIn({ role: 'member', cityId: cluj.id });
    expect((await member.get('/api/introductions/pipeline')).status).toBe(403);
    const editor = await orgWithEditor(cluj.id, 'Pipeline Editor');
    expect((await editor.editor.get('/api/introductions/pipeline')).status).toBe(403);
    expect((await t.anonymous().get('/api/introductions/pipeline')).status).toBe(401);
  });
});

describe('reminders for unanswered requests', () => {
  it('reminds once per due round even when several runs race, and at most twice', async () => {
    const asked: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await orgWithEditor(dortmund.id, `Remind Asker ${i}`);
      const b = await orgWithEditor(cluj.id, `Remind Asked ${i}`, i % 2 ? 'hu' : 'de');
      ids.push((await a.editor.post('/api/introductions', { from: a.org.key, to: b.org.key, message })).body.id);
      asked.push(`editor-${b.org.key}@example.org`);
    }
    const options = { afterDays: 7, maxReminders: 2 };
    const day = 24 * 3600 * 1000;
    // Not due yet.
    expect((await sendIntroductionReminders(t.ctx(), { ...options, now: new Date(Date.now() + 6 * day) })).mails).toBe(0);
    const versionsBefore = (await t.database.db.select().from(introductions)).map((r) => [r.id, r.version, r.updatedAt.getTime()]).sort();

    const in8 = new Date(Date.now() + 8 * day);
    const runs = await Promise.all([0, 1, 2, 3].map(() => sendIntroductionReminders(t.ctx(), { ...options, now: in8 })));
    const ours = async () => Promise.all(asked.map((to) => mailsTo(to, 'introduction-reminder')));
    expect((await ours()).map((m) => m.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(runs.reduce((s, r) => s + r.mails, 0)).toBeGreaterThanOrEqual(6);
    const [german] = await mailsTo(asked[0], 'introduction-reminder');
    expect(german.subject).toMatch(/^Erinnerung – Pontis: Remind Asker 0 \(Dortmund\) bittet um eine Vorstellung$/);
    expect(german.textBody).toContain('seit 8 Tagen');
    expect((await mailsTo(asked[1], 'introduction-reminder'))[0].subject).toMatch(/^Emlékeztető/);
    // Reminders neither bump the version nor make the introduction unread.
    const versionsAfter = (await t.database.db.select().from(introductions)).map((r) => [r.id, r.version, r.updatedAt.getTime()]).sort();
    expect(versionsAfter).toEqual(versionsBefore);

    // Again the same day: nothing. A week later: the second and last reminder.
    await sendIntroductionReminders(t.ctx(), { ...options, now: in8 });
    expect((await ours()).map((m) => m.length)).toEqual([1, 1, 1, 1, 1, 1]);
    await Promise.all([0, 1].map(() => sendIntroductionReminders(t.ctx(), { ...options, now: new Date(Date.now() + 16 * day) })));
    expect((await ours()).map((m) => m.length)).toEqual([2, 2, 2, 2, 2, 2]);
    await sendIntroductionReminders(t.ctx(), { ...options, now: new Date(Date.now() + 40 * day) });
    expect((await ours()).map((m) => m.length)).toEqual([2, 2, 2, 2, 2, 2]);
    const rows = await t.database.db
      .select()
      .from(introductions)
      .where(like(introductions.message, `${message.slice(0, 10)}%`));
    expect(rows.filter((r) => ids.includes(r.id)).every((r) => r.reminderCount === 2)).toBe(true);
  });
});
