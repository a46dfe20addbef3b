import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { latestMailTo, tokenInText } from '../mail/outbox-test-helpers.ts';

// A password change or reset cuts off what the old password could have been used to make:
// API tokens and calendar feed links, as well as sessions.
let t: TestApp;
const NEW_PASSWORD = 'a brand new passphrase';

beforeAll(async () => {
  t = await createTestApp();
});

type Client = Awaited<ReturnType<TestApp['signedIn']>>;

async function credentialsOf(client: Client) {
  const token = (await client.post('/api/tokens', { name: 'integration' })).body.token as string;
  const feedUrl = (await client.post('/api/calendar-feeds', { scope: 'user' })).body.url as string;
  const feedPath = new URL(feedUrl).pathname;
  expect((await t.anonymous().withToken(token).get('/api/me')).status).toBe(200);
  expect((await t.anonymous().get(feedPath)).status).toBe(200);
  return { token, feedPath };
}

describe('changing your password', () => {
  it('revokes your API tokens and calendar feeds, says so, and keeps your own session', async () => {
    const me = await t.signedIn({ role: 'member' });
    const other = await t.signedIn({ role: 'member' });
    const mine = await credentialsOf(me);
    const theirs = await credentialsOf(other);

    const res = await me.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, revoked: { apiTokens: 1, calendarFeeds: 1 } });

    expect((await t.anonymous().withToken(mine.token).get('/api/me')).status).toBe(401);
    expect((await t.anonymous().get(mine.feedPath)).status).toBe(404);
    expect((await me.get('/api/me')).status).toBe(200);
    const listed = (await me.get('/api/tokens')).body.items;
    expect(listed[0].revokedAt).not.toBeNull();
    expect((await me.get('/api/calendar-feeds')).body.items).toEqual([]);
    // Someone else's credentials are untouched.
    expect((await t.anonymous().withToken(theirs.token).get('/api/me')).status).toBe(200);
    expect((await t.anonymous().get(theirs.feedPath)).status).toBe(200);
  });

  it('revokes nothing when the current password is wrong', async () => {
    const me = await t.signedIn({ role: 'member' });
    const mine = await credentialsOf(me);
    const res = await me.post('/api/me/password', { currentPassword: 'not the password', newPassword: NEW_PASSWORD });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].path).toBe('currentPassword');
    expect((await t.anonymous().withToken(mine.token).get('/api/me')).status).toBe(200);
  });
});

describe('resetting your password', () => {
  it('revokes your API tokens and calendar feeds too', async () => {
    const me = await t.signedIn({ role: 'member', email: 'forgetful@example.org' });
    const mine = await credentialsOf(me);
    expect((await t.anonymous().post('/api/auth/password-reset/request', { email: 'forgetful@example.org' })).status).toBe(200);
    const token = tokenInText((await latestMailTo(t.database.db, 'forgetful@example.org')).textBody);

    const res = await t.anonymous().post('/api/auth/password-reset/complete', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, revoked: { apiTokens: 1, calendarFeeds: 1 } });
    expect((await t.anonymous().withToken(mine.token).get('/api/me')).status).toBe(401);
    expect((await t.anonymous().get(mine.feedPath)).status).toBe(404);
  });
});
