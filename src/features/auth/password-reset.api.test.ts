import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedUser, TEST_PASSWORD } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { latestMailTo, tokenInText } from '../mail/outbox-test-helpers.ts';
import { users } from '../users/users.table.ts';
import { passwordResets } from './auth.table.ts';

// Both endpoints are public by design (whoever forgot their password is not signed in), so
// there is no 401/403 case; abuse is limited by the rate limits tested below.
let t: TestApp;
const NEW_PASSWORD = 'my new long passphrase';

beforeAll(async () => {
  t = await createTestApp();
});

const request = (email: string, client = t.anonymous(), locale?: string) =>
  client.post('/api/auth/password-reset/request', { email, ...(locale ? { locale } : {}) });
const complete = (token: string, password = NEW_PASSWORD) => t.anonymous().post('/api/auth/password-reset/complete', { token, password });
const signIn = (email: string, password: string) => t.anonymous().post('/api/auth/sign-in', { email, password });

describe('requesting a password reset', () => {
  it('mails a one-hour link to an existing account, in its language', async () => {
    const user = await seedUser(t.database.db, { role: 'member', email: 'reset.me@example.de' });
    await t.database.db.update(users).set({ locale: 'de' }).where(eq(users.id, user.id));
    const res = await request('Reset.Me@example.de');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    const mail = await latestMailTo(t.database.db, 'reset.me@example.de');
    expect(mail).toMatchObject({ purpose: 'password-reset', status: 'held', subject: 'Passwort für Pontis zurücksetzen' });
    expect(mail.textBody).toContain('http://localhost:3000/reset-password?token=');
    const [reset] = await t.database.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(reset.expiresAt.getTime() - reset.createdAt.getTime()).toBe(60 * 60 * 1000);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await request('nobody@example.org');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    expect(await latestMailTo(t.database.db, 'nobody@example.org')).toBeUndefined();
  });

  it('names a malformed e-mail address', async () => {
    const res = await request('not-an-address');
    expect(res.status).toBe(400);
    expect(res.body.fields[0].path).toBe('email');
  });

  it('limits requests per e-mail address and per client address', async () => {
    for (let i = 0; i < 5; i++) expect((await request('flooded@example.org')).status).toBe(200);
    const perEmail = await request('flooded@example.org');
    expect(perEmail.status).toBe(429);
    expect(perEmail.body.code).toBe('rate_limited');
    expect(Number(perEmail.headers['retry-after'])).toBeGreaterThan(0);

    const client = t.anonymous();
    for (let i = 0; i < 10; i++) expect((await request(`spray${i}@example.org`, client)).status).toBe(200);
    const perIp = await request('spray-last@example.org', client);
    expect(perIp.status).toBe(429);
    expect(perIp.body.code).toBe('rate_limited');
  });
});

describe('completing a password reset', () => {
  it('sets the new password once and signs the user out everywhere', async () => {
    const session = await t.signedIn({ role: 'member', email: 'forgetful@example.org' });
    await request('forgetful@example.org');
    const token = tokenInText((await latestMailTo(t.database.db, 'forgetful@example.org')).textBody);

    const res = await complete(token);
    expect(res.status).toBe(200);
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await signIn('forgetful@example.org', TEST_PASSWORD)).status).toBe(401);
    expect((await signIn('forgetful@example.org', NEW_PASSWORD)).status).toBe(200);

    const again = await complete(token, 'yet another passphrase');
    expect(again.status).toBe(400);
    expect(again.body.fields[0].path).toBe('token');
  });

  it('makes older reset links of the same account useless', async () => {
    await seedUser(t.database.db, { role: 'member', email: 'twice@example.org' });
    await request('twice@example.org');
    const first = tokenInText((await latestMailTo(t.database.db, 'twice@example.org')).textBody);
    await request('twice@example.org');
    const second = tokenInText((await latestMailTo(t.database.db, 'twice@example.org')).textBody);
    expect(first).not.toBe(second);
    expect((await complete(second)).status).toBe(200);
    expect((await complete(first)).status).toBe(400);
  });

  it('refuses an expired or unknown token on the token field, and a short password', async () => {
    const user = await seedUser(t.database.db, { role: 'member', email: 'slow@example.org' });
    await request('slow@example.org');
    const token = tokenInText((await latestMailTo(t.database.db, 'slow@example.org')).textBody);
    await t.database.db
      .update(passwordResets)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResets.userId, user.id));
    const expired = await complete(token);
    expect(expired.status).toBe(400);
    expect(expired.body.fields[0].path).toBe('token');

    const unknown = await complete('u'.repeat(43));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('token');

    const short = await complete('u'.repeat(43), 'short');
    expect(short.status).toBe(400);
    expect(short.body.fields[0].path).toBe('password');
  });

  it('limits attempts per client address', async () => {
    const client = t.anonymous();
    const attempt = () => client.post('/api/auth/password-reset/complete', { token: 'z'.repeat(43), password: NEW_PASSWORD });
    for (let i = 0; i < 20; i++) expect((await attempt()).status).toBe(400);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('rate_limited');
  });
});
