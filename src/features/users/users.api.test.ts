import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { TEST_PASSWORD, seedCity, seedOrganisation, seedUser } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { createUser } from './users.service.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let clujCoordinator: Awaited<ReturnType<TestApp['signedIn']>>;
let cluj: { id: string };
let dortmund: { id: string };
let clujOrg: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  cluj = await seedCity(t.database.db, { name: 'Cluj-Napoca', country: 'RO' });
  dortmund = await seedCity(t.database.db, { name: 'Dortmund' });
  clujOrg = await seedOrganisation(t.database.db, { cityId: cluj.id });
  admin = await t.signedIn({ role: 'admin' });
  clujCoordinator = await t.signedIn({ role: 'coordinator', cityId: cluj.id });
});

async function signIn(email: string, password = TEST_PASSWORD) {
  const client = t.anonymous();
  const res = await client.post('/api/auth/sign-in', { email, password });
  return { client, status: res.status };
}

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as AppError,
  );

describe('GET /api/users', () => {
  it("shows admins every account and coordinators their city's, including its organisations' editors", async () => {
    const clujMember = await seedUser(t.database.db, { role: 'member', cityId: cluj.id });
    const clujEditor = await seedUser(t.database.db, { role: 'org-editor', organisationId: clujOrg.id });
    const dortmundMember = await seedUser(t.database.db, { role: 'member', cityId: dortmund.id });

    const all = await admin.get('/api/users');
    expect(all.status).toBe(200);
    expect(all.body.items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([clujMember.id, clujEditor.id, dortmundMember.id]));

    const own = await clujCoordinator.get('/api/users');
    expect(own.status).toBe(200);
    const ids = own.body.items.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([clujMember.id, clujEditor.id, clujCoordinator.userId]));
    expect(ids).not.toContain(dortmundMember.id);
    expect(JSON.stringify(own.body)).not.toMatch(/scrypt|passwordHash/);
  });

  it('refuses members and the public', async () => {
    const member = await t.signedIn({ role: 'member', cityId: cluj.id });
    expect((await member.get('/api/users')).status).toBe(403);
    expect((await t.anonymous().get('/api/users')).status).toBe(401);
  });
});

describe('/api/me', () => {
  it('shows and edits your own account, refusing stale versions', async () => {
    const me = await t.signedIn({ role: 'member', cityId: cluj.id, displayName: 'Mihai' });
    const current = await me.get('/api/me');
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ id: me.userId, displayName: 'Mihai', role: 'member', cityName: 'Cluj-Napoca', locale: null, disabled: false });

    const updated = await me.put('/api/me', { displayName: 'Mihai Pop', locale: 'ro', version: current.body.version });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: 'Mihai Pop', locale: 'ro', version: current.body.version + 1 });

    const stale = await me.put('/api/me', { displayName: 'X', locale: null, version: current.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('refuses the public, writes without CSRF, and names malformed fields', async () => {
    expect((await t.anonymous().get('/api/me')).status).toBe(401);
    expect((await t.anonymous().put('/api/me', { displayName: 'X', locale: null, version: 1 })).status).toBe(401);
    const me = await t.signedIn({ role: 'member' });
    const csrfLess = await me.withoutCsrf().put('/api/me', { displayName: 'X', locale: null, version: 1 });
    expect(csrfLess.status).toBe(403);
    expect(csrfLess.body.code).toBe('csrf_failed');
    const me2 = await t.signedIn({ role: 'member' });
    const bad = await me2.put('/api/me', { displayName: '', locale: 'fr', version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['displayName', 'locale']);
  });
});

describe('POST /api/me/password', () => {
  it('changes the password with the current one and signs out the other sessions', async () => {
    const me = await t.signedIn({ role: 'member' });
    const { email } = (await me.get('/api/me')).body;
    const other = await signIn(email);
    expect(other.status).toBe(200);

    const res = await me.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(res.status).toBe(200);
    expect((await me.get('/api/me')).status).toBe(200);
    expect((await other.client.get('/api/me')).status).toBe(401);
    expect((await signIn(email)).status).toBe(401);
    expect((await signIn(email, 'a brand new passphrase')).status).toBe(200);
  });

  it('names a wrong current password and a short new one, and refuses the public', async () => {
    const me = await t.signedIn({ role: 'member' });
    const wrong = await me.post('/api/me/password', { currentPassword: 'not my password', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0]).toMatchObject({ path: 'currentPassword', rule: 'incorrect' });
    const short = await me.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields[0].path).toBe('newPassword');
    expect((await t.anonymous().post('/api/me/password', { currentPassword: 'x', newPassword: 'a brand new passphrase' })).status).toBe(401);
  });

  it('limits password guesses with a stolen session', async () => {
    const me = await t.signedIn({ role: 'member' });
    const guess = () => me.post('/api/me/password', { currentPassword: 'guess guess guess', newPassword: 'a brand new passphrase' });
    for (let i = 0; i < 10; i++) expect((await guess()).status).toBe(400);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  });
});

describe('PUT /api/users/:id', () => {
  it('lets an admin change role and scope, and records it without the password hash', async () => {
    const target = await seedUser(t.database.db, { role: 'member' });
    const res = await admin.put(`/api/users/${target.id}`, { role: 'org-editor', organisationId: clujOrg.id, disabled: false, version: target.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'org-editor', organisationId: clujOrg.id, cityId: cluj.id, version: target.version + 1 });
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'user'), eq(auditEvents.entityId, target.id)));
    expect(events).toHaveLength(1);
    expect(events[0].before).toMatchObject({ role: 'member' });
    expect(events[0].after).toMatchObject({ role: 'org-editor' });
    expect(JSON.stringify(events)).not.toMatch(/scrypt|passwordHash/);
  });

  it('disabling signs the user out everywhere and stops sign-in; enabling lets them back', async () => {
    const victim = await t.signedIn({ role: 'member' });
    const me = (await victim.get('/api/me')).body;
    const disabled = await admin.put(`/api/users/${victim.userId}`, { role: 'member', disabled: true, version: me.version });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await signIn(me.email)).status).toBe(401);
    const enabled = await admin.put(`/api/users/${victim.userId}`, { role: 'member', disabled: false, version: disabled.body.version });
    expect(enabled.body.disabled).toBe(false);
    // The old session was deleted (auth follows the event), not only refused while disabled.
    expect((await victim.get('/api/me')).status).toBe(401);
    expect((await signIn(me.email)).status).toBe(200);
  });

  it('names missing or mismatched scope, stale versions and self-lockout', async () => {
    const target = await seedUser(t.database.db, { role: 'member' });
    const noCity = await admin.put(`/api/users/${target.id}`, { role: 'coordinator', disabled: false, version: target.version });
    expect(noCity.status).toBe(400);
    expect(noCity.body.fields).toEqual([expect.objectContaining({ path: 'cityId', rule: 'required' })]);
    const noOrg = await admin.put(`/api/users/${target.id}`, { role: 'org-editor', cityId: cluj.id, disabled: false, version: target.version });
    expect(noOrg.body.fields).toEqual([expect.objectContaining({ path: 'organisationId', rule: 'required' })]);
    const mismatch = await admin.put(`/api/users/${target.id}`, {
      role: 'org-editor',
      cityId: dortmund.id,
      organisationId: clujOrg.id,
      disabled: false,
      version: target.version,
    });
    expect(mismatch.body.fields).toEqual([expect.objectContaining({ path: 'organisationId', rule: 'city_mismatch' })]);
    const malformed = await admin.put(`/api/users/${target.id}`, { role: 'emperor', disabled: 'yes', version: 1 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['disabled', 'role']);
    const stale = await admin.put(`/api/users/${target.id}`, { role: 'member', disabled: false, version: target.version + 5 });
    expect(stale.status).toBe(409);
    const self = await admin.put(`/api/users/${admin.userId}`, { role: 'admin', disabled: true, version: 1 });
    expect(self.status).toBe(400);
    expect(self.body.fields[0].path).toBe('disabled');
    expect((await admin.put('/api/users/00000000-0000-4000-8000-000000000000', { role: 'member', disabled: false, version: 1 })).status).toBe(404);
  });

  it('refuses coordinators and the public', async () => {
    const target = await seedUser(t.database.db, { role: 'member', cityId: cluj.id });
    const body = { role: 'coordinator', cityId: cluj.id, disabled: false, version: target.version };
    expect((await clujCoordinator.put(`/api/users/${target.id}`, body)).status).toBe(403);
    expect((await t.anonymous().put(`/api/users/${target.id}`, body)).status).toBe(401);
  });
});

describe('createUser (the use case behind `pontis user create`)', () => {
  it('creates an account with a generated password that works for sign-in', async () => {
    const { user, generatedPassword } = await createUser(t.ctx(), {
      email: ' Elena.Muresan@Example.RO ',
      displayName: 'Elena Mureșan',
      role: 'coordinator',
      cityId: cluj.id,
    });
    expect(user).toMatchObject({ email: 'elena.muresan@example.ro', role: 'coordinator', cityId: cluj.id, cityName: 'Cluj-Napoca' });
    expect(generatedPassword).toMatch(/^[\w]{5}-[\w]{5}-[\w]{5}-[\w]{5}$/);
    expect((await signIn('elena.muresan@example.ro', generatedPassword!)).status).toBe(200);
    const [event] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, user.id));
    expect(event).toMatchObject({ entityType: 'user', action: 'create', actorLabel: 'test' });
    expect(JSON.stringify(event)).not.toMatch(/scrypt|passwordHash/);
  });

  it('uses a given password, and names duplicates, scope and weak passwords', async () => {
    const { generatedPassword } = await createUser(t.ctx(), { email: 'given@example.org', displayName: 'G', role: 'member', password: 'a chosen passphrase' });
    expect(generatedPassword).toBeNull();
    expect((await signIn('given@example.org', 'a chosen passphrase')).status).toBe(200);

    const dup = await errorOf(createUser(t.ctx(), { email: 'GIVEN@example.org', displayName: 'G', role: 'member' }));
    expect(dup).toMatchObject({ status: 409, code: 'duplicate', fields: [expect.objectContaining({ path: 'email' })] });
    const noCity = await errorOf(createUser(t.ctx(), { email: 'c@example.org', displayName: 'C', role: 'coordinator' }));
    expect(noCity).toMatchObject({ status: 400, fields: [expect.objectContaining({ path: 'cityId' })] });
    const weak = await errorOf(createUser(t.ctx(), { email: 'w@example.org', displayName: 'W', role: 'member', password: 'short' }));
    expect(weak).toMatchObject({ status: 400, fields: [expect.objectContaining({ path: 'password' })] });
    const coordinatorCtx = t.ctx({
      kind: 'user',
      id: clujCoordinator.userId,
      email: 'c@x',
      displayName: 'C',
      role: 'coordinator',
      cityId: cluj.id,
      organisationId: null,
    });
    expect(await errorOf(createUser(coordinatorCtx, { email: 'n@example.org', displayName: 'N', role: 'member' }))).toMatchObject({ status: 403 });
  });
});
