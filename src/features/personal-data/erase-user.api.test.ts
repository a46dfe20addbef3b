import { PassThrough } from 'node:stream';
import { eq } from 'drizzle-orm';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, TEST_PASSWORD } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { writeBackup } from '../backup/index.ts';
import { latestMailTo } from '../mail/outbox-test-helpers.ts';
import { users } from '../users/users.table.ts';
import { findTextInDatabase } from './find-in-database.ts';

const INVITEE = 'invitee.of.coordinator@example.net';
let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signedIn']>>;
let city: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  city = await seedCity(t.database.db, { name: 'Szeged', country: 'HU' });
  admin = await t.signedIn({ role: 'admin', displayName: 'Platform Admin' });
});

async function backupText(): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await writeBackup(t.database, sink);
  return zlib.gunzipSync(Buffer.concat(chunks)).toString('utf8');
}

/** A coordinator who leaves traces everywhere: history, mail, invitations, search, rate limits. */
async function busyCoordinator(email: string, displayName: string) {
  const me = await t.signedIn({ role: 'coordinator', cityId: city.id, email, displayName });
  const account = (await me.get('/api/me')).body;
  expect((await me.put('/api/me', { displayName: `${displayName}`, locale: 'hu', version: account.version })).status).toBe(200);
  expect((await me.post('/api/tokens', { name: 'sync' })).status).toBe(201);
  expect((await me.post('/api/calendar-feeds', { scope: 'user' })).status).toBe(201);
  // A contact record of themselves (same address), which search indexes.
  const self = await me.post('/api/people', { name: displayName, email, phone: '+36 62 555 0101', cityId: city.id, visibleToPartners: true });
  expect(self.status).toBe(201);
  // Someone else they invite: the mail to the invitee names them as the inviter.
  expect((await me.post('/api/invitations', { email: INVITEE, role: 'member', cityId: city.id })).status).toBe(201);
  // An organisation they created and the contact they added to it stay, without them.
  const created = await me.post('/api/organisations', { name: 'Tisza Rowing Club', kind: 'ngo', cityId: city.id });
  expect(created.status).toBe(201);
  const colleague = await me.post('/api/people', { name: 'Colleague Of Theirs', cityId: city.id, organisationId: created.body.id });
  expect(colleague.status).toBe(201);
  // Mail to them and a rate-limit window keyed by their address.
  expect((await t.anonymous().post('/api/auth/password-reset/request', { email })).status).toBe(200);
  expect((await t.anonymous().post('/api/auth/sign-in', { email, password: 'wrong password!' })).status).toBe(401);
  return { me, selfPersonId: self.body.id as string, organisationId: created.body.id as string, colleagueId: colleague.body.id as string };
}

describe('DELETE /api/users/{id}', () => {
  it('erases the account from every table, the search and a backup, and keeps the records it made', async () => {
    const email = 'zsofia.erasure@example.org';
    const name = 'Zsófia Erasmus-Kovács';
    const { me, organisationId, colleagueId, selfPersonId } = await busyCoordinator(email, name);
    expect(await findTextInDatabase(t.database.db, email)).not.toEqual([]);
    const historyBefore = (await admin.get(`/api/history/organisation/${organisationId}`)).body;
    const inviteeMailBefore = await latestMailTo(t.database.db, INVITEE);
    expect(inviteeMailBefore.textBody).toContain(name);

    const res = await admin.delete(`/api/users/${me.userId}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, erased: true });

    expect(await findTextInDatabase(t.database.db, email)).toEqual([]);
    expect(await findTextInDatabase(t.database.db, name)).toEqual([]);
    expect(await findTextInDatabase(t.database.db, '+36 62 555 0101')).toEqual([]);
    const backup = await backupText();
    expect(backup).toContain('Tisza Rowing Club');
    expect(backup.toLowerCase()).not.toContain(email);
    expect(backup).not.toContain(name);

    // Their session is gone; the records they made stay, and the history keeps its shape.
    expect((await me.get('/api/me')).status).toBe(401);
    expect((await admin.get(`/api/organisations/${organisationId}`)).status).toBe(200);
    expect((await admin.get(`/api/people/${colleagueId}`)).status).toBe(200);
    expect((await admin.get(`/api/people/${selfPersonId}`)).status).toBe(404);
    const historyAfter = (await admin.get(`/api/history/organisation/${organisationId}`)).body;
    expect(historyAfter.length).toBe(historyBefore.length);
    expect(historyAfter.map((e: { at: string }) => e.at)).toEqual(historyBefore.map((e: { at: string }) => e.at));
    expect(historyAfter[historyAfter.length - 1].actor).toEqual({ id: null, label: 'erased user', source: 'user', detail: null });
    expect(historyAfter[historyAfter.length - 1].changes).toEqual(historyBefore[historyBefore.length - 1].changes);
    const personHistory = (await admin.get(`/api/history/person/${selfPersonId}`)).body;
    expect(personHistory[0]).toMatchObject({ action: 'delete', after: { event: 'personal-data-erased' } });
    expect(personHistory[1].after.name).toEqual({ erased: true });
    expect(personHistory[1].after.visibleToPartners).toBe(true);
    // The invitee's mail still goes out, without the inviter's name.
    const inviteeMail = await latestMailTo(t.database.db, INVITEE);
    expect(inviteeMail.id).toBe(inviteeMailBefore.id);
    expect(inviteeMail.textBody).toContain('[erased]');
    const search = await admin.get(`/api/search?q=${encodeURIComponent('Erasmus-Kovács')}`);
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).not.toContain('Erasmus');
    expect((await t.anonymous().post('/api/auth/sign-in', { email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('refuses coordinators, members and the public, and the caller themselves', async () => {
    const target = await t.signedIn({ role: 'member', cityId: city.id });
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: city.id });
    expect((await coordinator.delete(`/api/users/${target.userId}`)).status).toBe(403);
    expect((await target.delete(`/api/users/${target.userId}`)).status).toBe(403);
    expect((await t.anonymous().delete(`/api/users/${target.userId}`)).status).toBe(401);
    const self = await admin.delete(`/api/users/${admin.userId}`);
    expect(self.status).toBe(400);
    expect(self.body.fields[0].path).toBe('id');
    expect((await target.get('/api/me')).status).toBe(200);
    expect((await admin.delete(`/api/users/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('DELETE /api/me', () => {
  it('needs the password, then erases the account and ends the session', async () => {
    const email = 'leaving.member@example.org';
    const me = await t.signedIn({ role: 'member', cityId: city.id, email, displayName: 'Leaving Member-Person' });
    const wrong = await me.request('DELETE', '/api/me', { password: 'not my password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].path).toBe('password');
    const missing = await me.request('DELETE', '/api/me', {});
    expect(missing.status).toBe(400);
    expect(missing.body.fields[0].path).toBe('password');
    expect((await me.get('/api/me')).status).toBe(200);

    const res = await me.request('DELETE', '/api/me', { password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/pontis_session=;/);
    expect((await me.get('/api/me')).status).toBe(401);
    expect(await findTextInDatabase(t.database.db, email)).toEqual([]);
    expect(await findTextInDatabase(t.database.db, 'Leaving Member-Person')).toEqual([]);
  });

  it('asks an account without a password (single sign-on) to set one first', async () => {
    const me = await t.signedIn({ role: 'member', cityId: city.id });
    await t.database.db.update(users).set({ passwordHash: null }).where(eq(users.id, me.userId));
    const res = await me.request('DELETE', '/api/me', { password: 'anything at all' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('no_password');
    expect((await me.get('/api/me')).status).toBe(200);
  });

  it('refuses the last administrator, the public and writes without CSRF', async () => {
    const t2 = await createTestApp();
    const onlyAdmin = await t2.signedIn({ role: 'admin' });
    const res = await onlyAdmin.request('DELETE', '/api/me', { password: TEST_PASSWORD });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('last_admin');
    expect((await onlyAdmin.get('/api/me')).status).toBe(200);
    expect((await t2.anonymous().request('DELETE', '/api/me', { password: TEST_PASSWORD })).status).toBe(401);
    expect((await onlyAdmin.withoutCsrf().request('DELETE', '/api/me', { password: TEST_PASSWORD })).status).toBe(403);
    // With a second administrator, the first may go.
    await t2.signedIn({ role: 'admin' });
    const again = await t2.signedIn({ role: 'admin' });
    expect((await again.request('DELETE', '/api/me', { password: TEST_PASSWORD })).status).toBe(200);
  });
});
