import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { TestClient } from '../../testing/test-client.ts';
import { latestMailTo, tokenInText } from '../mail/outbox-test-helpers.ts';
import { invitations } from './users.table.ts';
import { createUser } from './users.service.ts';

let t: TestApp;
let admin: TestClient;
let clujCoordinator: TestClient;
let member: TestClient;
let cluj: { id: string };
let dortmund: { id: string };
let clujOrg: { id: string; name: string };
let dortmundOrg: { id: string };

const PASSWORD = 'a long enough password';

beforeAll(async () => {
  t = await createTestApp();
  cluj = await seedCity(t.database.db, { name: 'Cluj-Napoca', country: 'RO' });
  dortmund = await seedCity(t.database.db, { name: 'Dortmund' });
  clujOrg = await seedOrganisation(t.database.db, { cityId: cluj.id, name: 'Universitatea Babeș-Bolyai' });
  dortmundOrg = await seedOrganisation(t.database.db, { cityId: dortmund.id });
  admin = await t.signedIn({ role: 'admin', displayName: 'Greta Admin' });
  clujCoordinator = await t.signedIn({ role: 'coordinator', cityId: cluj.id, displayName: 'Ana Pop' });
  member = await t.signedIn({ role: 'member', cityId: cluj.id });
});

async function invite(client: TestClient, body: Record<string, unknown>) {
  return client.post('/api/invitations', body);
}

async function tokenFor(email: string) {
  return tokenInText((await latestMailTo(t.database.db, email)).textBody);
}

describe('creating invitations', () => {
  it('lets an admin invite a coordinator and mails the link, held while no SMTP is set', async () => {
    const res = await invite(admin, { email: 'Radu.Ionescu@Example.ro', role: 'coordinator', cityId: cluj.id, locale: 'ro' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'radu.ionescu@example.ro',
      role: 'coordinator',
      cityId: cluj.id,
      cityName: 'Cluj-Napoca',
      status: 'pending',
      invitedByName: 'Greta Admin',
    });
    expect(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt)).toBe(7 * 86_400_000);
    const mail = await latestMailTo(t.database.db, 'radu.ionescu@example.ro');
    expect(mail.status).toBe('held');
    expect(mail.purpose).toBe('invitation');
    expect(mail.subject).toBe('Invitația dumneavoastră la Pontis');
    expect(mail.textBody).toContain('http://localhost:3000/invitations/accept?token=');
    expect(mail.textBody).toContain('Greta Admin');
    const outbox = await admin.get('/api/admin/outbox');
    expect(outbox.body.items.find((m: { to: string }) => m.to === 'radu.ionescu@example.ro').text).toBe(mail.textBody);
    // The token itself is never stored, only its hash.
    const [row] = await t.database.db.select().from(invitations).where(eq(invitations.id, res.body.id));
    expect(row.tokenHash).not.toBe(tokenInText(mail.textBody));
    // Without SMTP the mail waits in the outbox, so the inviter gets the link to pass on.
    expect(res.body.acceptLink).toBe(`http://localhost:3000/invitations/accept?token=${tokenInText(mail.textBody)}`);
  });

  it('does not return the link when the mail is really sent', async () => {
    const withSmtp = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:9' });
    const cityOfSmtp = await seedCity(withSmtp.database.db, { name: 'Graz' });
    const smtpAdmin = await withSmtp.signedIn({ role: 'admin' });
    const res = await smtpAdmin.post('/api/invitations', { email: 'someone@example.at', role: 'member', cityId: cityOfSmtp.id });
    expect(res.status).toBe(201);
    expect(res.body.acceptLink).toBeNull();
    const mail = await latestMailTo(withSmtp.database.db, 'someone@example.at');
    expect(mail.status).toBe('pending');
    expect(JSON.stringify(res.body)).not.toContain(tokenInText(mail.textBody));
  });

  it("lets a coordinator invite for their own city, an org editor's city being the organisation's", async () => {
    const asMember = await invite(clujCoordinator, { email: 'm1@example.ro', role: 'member' });
    expect(asMember.status).toBe(201);
    expect(asMember.body.cityId).toBe(cluj.id);
    const asEditor = await invite(clujCoordinator, { email: 'e1@example.ro', role: 'org-editor', organisationId: clujOrg.id });
    expect(asEditor.status).toBe(201);
    expect(asEditor.body).toMatchObject({ cityId: cluj.id, organisationId: clujOrg.id, organisationName: clujOrg.name });
    expect((await invite(clujCoordinator, { email: 'c2@example.ro', role: 'coordinator', cityId: cluj.id })).status).toBe(201);
  });

  it('refuses a coordinator inviting for another city, or an admin', async () => {
    for (const body of [
      { email: 'x1@example.de', role: 'member', cityId: dortmund.id },
      { email: 'x2@example.de', role: 'org-editor', organisationId: dortmundOrg.id },
      { email: 'x3@example.de', role: 'admin' },
    ]) {
      const res = await invite(clujCoordinator, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
  });

  it('refuses members, org editors and the public', async () => {
    expect((await invite(member, { email: 'y@example.ro', role: 'member', cityId: cluj.id })).status).toBe(403);
    const editor = await t.signedIn({ role: 'org-editor', organisationId: clujOrg.id, cityId: cluj.id });
    expect((await invite(editor, { email: 'y@example.ro', role: 'member', cityId: cluj.id })).status).toBe(403);
    expect((await invite(t.anonymous(), { email: 'y@example.ro', role: 'member' })).status).toBe(401);
  });

  it('names malformed fields and missing scope', async () => {
    const malformed = await invite(admin, { email: 'not-an-address', role: 'king' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['email', 'role']);
    const noCity = await invite(admin, { email: 'z@example.org', role: 'coordinator' });
    expect(noCity.status).toBe(400);
    expect(noCity.body.fields).toEqual([expect.objectContaining({ path: 'cityId', rule: 'required' })]);
    const noOrg = await invite(admin, { email: 'z@example.org', role: 'org-editor', cityId: cluj.id });
    expect(noOrg.body.fields).toEqual([expect.objectContaining({ path: 'organisationId', rule: 'required' })]);
    const mismatch = await invite(admin, { email: 'z@example.org', role: 'org-editor', cityId: dortmund.id, organisationId: clujOrg.id });
    expect(mismatch.body.fields).toEqual([expect.objectContaining({ path: 'organisationId', rule: 'city_mismatch' })]);
  });

  it('refuses to invite an address that has an account', async () => {
    const existing = await t.signedIn({ role: 'member', email: 'taken@example.org' });
    expect(existing.userId).toBeTruthy();
    const res = await invite(admin, { email: 'TAKEN@example.org', role: 'member' });
    expect(res.status).toBe(409);
    expect(res.body.fields[0].path).toBe('email');
  });
});

describe('listing and withdrawing invitations', () => {
  it("shows admins everything and coordinators their city's invitations", async () => {
    await invite(admin, { email: 'dortmund-member@example.de', role: 'member', cityId: dortmund.id });
    const all = await admin.get('/api/invitations');
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { email: string }) => i.email)).toContain('dortmund-member@example.de');
    const own = await clujCoordinator.get('/api/invitations');
    expect(own.status).toBe(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((i: { cityId: string }) => i.cityId === cluj.id)).toBe(true);
    expect((await member.get('/api/invitations')).status).toBe(403);
    expect((await t.anonymous().get('/api/invitations')).status).toBe(401);
  });

  it('lets the city coordinator withdraw an invitation; the link then stops working', async () => {
    const created = await invite(clujCoordinator, { email: 'withdrawn@example.ro', role: 'member' });
    const token = await tokenFor('withdrawn@example.ro');
    const res = await clujCoordinator.delete(`/api/invitations/${created.body.id}`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('revoked');
    expect((await clujCoordinator.delete(`/api/invitations/${created.body.id}`)).status).toBe(200);
    const lookup = await t.anonymous().get(`/api/invitations/lookup?token=${token}`);
    expect(lookup.body).toMatchObject({ valid: false, reason: 'revoked' });
    const accept = await t.anonymous().post('/api/invitations/accept', { token, displayName: 'W', password: PASSWORD });
    expect(accept.status).toBe(400);
    expect(accept.body.fields[0]).toMatchObject({ path: 'token', rule: 'revoked' });
  });

  it('refuses withdrawals by others, and names a malformed id', async () => {
    const created = await invite(admin, { email: 'dortmund2@example.de', role: 'member', cityId: dortmund.id });
    expect((await clujCoordinator.delete(`/api/invitations/${created.body.id}`)).status).toBe(403);
    expect((await member.delete(`/api/invitations/${created.body.id}`)).status).toBe(403);
    expect((await t.anonymous().delete(`/api/invitations/${created.body.id}`)).status).toBe(401);
    expect((await admin.delete('/api/invitations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await admin.delete('/api/invitations/nope');
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields[0].path).toBe('params.id');
  });
});

describe('accepting invitations', () => {
  it('shows the invitation, creates the account, signs the invitee in, and works only once', async () => {
    await invite(admin, { email: 'new.editor@example.ro', role: 'org-editor', organisationId: clujOrg.id });
    const token = await tokenFor('new.editor@example.ro');
    const visitor = t.anonymous();

    const lookup = await visitor.get(`/api/invitations/lookup?token=${token}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toEqual({
      email: 'new.editor@example.ro',
      role: 'org-editor',
      cityName: 'Cluj-Napoca',
      organisationName: clujOrg.name,
      valid: true,
      reason: null,
    });

    const accepted = await visitor.post('/api/invitations/accept', { token, displayName: 'Ioana Rus', password: PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({
      email: 'new.editor@example.ro',
      displayName: 'Ioana Rus',
      role: 'org-editor',
      cityId: cluj.id,
      organisationId: clujOrg.id,
    });
    expect(accepted.body.csrfToken).toEqual(expect.any(String));
    expect(String(accepted.headers['set-cookie'])).toContain('pontis_session=');

    visitor.csrfToken = accepted.body.csrfToken;
    const me = await visitor.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('new.editor@example.ro');
    expect((await visitor.put('/api/me', { displayName: 'Ioana Rus-Pop', locale: 'ro', version: me.body.version })).status).toBe(200);

    const signIn = await t.anonymous().post('/api/auth/sign-in', { email: 'new.editor@example.ro', password: PASSWORD });
    expect(signIn.status).toBe(200);

    expect((await visitor.get(`/api/invitations/lookup?token=${token}`)).body).toMatchObject({ valid: false, reason: 'used' });
    const again = await t.anonymous().post('/api/invitations/accept', { token, displayName: 'Someone', password: PASSWORD });
    expect(again.status).toBe(400);
    expect(again.body.fields[0]).toMatchObject({ path: 'token', rule: 'accepted' });
    const listed = (await admin.get('/api/invitations')).body.items.find((i: { email: string }) => i.email === 'new.editor@example.ro');
    expect(listed.status).toBe('accepted');
  });

  it('refuses an expired invitation', async () => {
    const created = await invite(admin, { email: 'late@example.org', role: 'member' });
    const token = await tokenFor('late@example.org');
    await t.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.id, created.body.id));
    expect((await t.anonymous().get(`/api/invitations/lookup?token=${token}`)).body).toMatchObject({ valid: false, reason: 'expired' });
    const res = await t.anonymous().post('/api/invitations/accept', { token, displayName: 'Late', password: PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ path: 'token', rule: 'expired' });
  });

  it('answers 409 on the e-mail field when the address got an account in the meantime', async () => {
    await invite(admin, { email: 'raced@example.org', role: 'member' });
    const token = await tokenFor('raced@example.org');
    await createUser(t.ctx(), { email: 'raced@example.org', displayName: 'Raced', role: 'member' });
    const res = await t.anonymous().post('/api/invitations/accept', { token, displayName: 'Raced', password: PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('duplicate');
    expect(res.body.fields[0].path).toBe('email');
  });

  it('names malformed fields and refuses unknown tokens', async () => {
    const res = await t.anonymous().post('/api/invitations/accept', { token: 'x'.repeat(43), displayName: '', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['displayName', 'password']);
    const unknown = await t.anonymous().post('/api/invitations/accept', { token: 'x'.repeat(43), displayName: 'X', password: PASSWORD });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0]).toMatchObject({ path: 'token', rule: 'invalid' });
    expect((await t.anonymous().get(`/api/invitations/lookup?token=${'x'.repeat(43)}`)).status).toBe(404);
    const noToken = await t.anonymous().get('/api/invitations/lookup');
    expect(noToken.status).toBe(400);
    expect(noToken.body.fields[0].path).toBe('querystring.token');
  });

  it('rate-limits lookups and acceptances per address', async () => {
    const prober = t.anonymous();
    for (let i = 0; i < 30; i++) expect((await prober.get(`/api/invitations/lookup?token=${'p'.repeat(43)}`)).status).toBe(404);
    const limited = await prober.get(`/api/invitations/lookup?token=${'p'.repeat(43)}`);
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');

    const guesser = t.anonymous();
    const guess = () => guesser.post('/api/invitations/accept', { token: 'g'.repeat(43), displayName: 'G', password: PASSWORD });
    for (let i = 0; i < 10; i++) expect((await guess()).status).toBe(400);
    const blocked = await guess();
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('rate_limited');
  });

  it('counts only failed acceptances: a whole office may accept its invitations from one address', async () => {
    // Twelve browsers behind the city hall's one address, more than the limit of ten.
    for (let i = 0; i < 12; i++) {
      const email = `office-${i}@primariaclujnapoca.ro`;
      expect((await invite(admin, { email, role: 'member', cityId: cluj.id })).status).toBe(201);
      const office = new TestClient(t.app, '10.20.30.40');
      const accepted = await office.post('/api/invitations/accept', { token: await tokenFor(email), displayName: `Office ${i}`, password: PASSWORD });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    }
  });
});
