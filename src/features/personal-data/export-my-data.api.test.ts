import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
let city: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  city = await seedCity(t.database.db, { name: 'Graz', country: 'AT' });
});

describe('GET /api/me/export', () => {
  it('downloads everything about the caller as a versioned JSON file, without secrets', async () => {
    const email = 'export.me@example.at';
    const me = await t.signedIn({ role: 'coordinator', cityId: city.id, email, displayName: 'Export Me' });
    const token = (await me.post('/api/tokens', { name: 'website' })).body.token as string;
    const feedUrl = (await me.post('/api/calendar-feeds', { scope: 'user' })).body.url as string;
    expect((await me.post('/api/people', { name: 'Export Me', email, cityId: city.id })).status).toBe(201);
    expect((await t.anonymous().post('/api/auth/password-reset/request', { email })).status).toBe(200);
    const someoneElse = await t.signedIn({ role: 'member', cityId: city.id, email: 'someone.else@example.at' });
    await someoneElse.post('/api/tokens', { name: 'theirs' });

    const res = await me.get('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="pontis-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    const data = JSON.parse(res.text);
    expect(data).toMatchObject({ format: 'pontis-personal-data', version: 1, account: { email, displayName: 'Export Me', role: 'coordinator' } });
    for (const key of [
      'people',
      'sessions',
      'apiTokens',
      'calendarFeeds',
      'callFollows',
      'callReminders',
      'introductions',
      'introductionReads',
      'matchFeedback',
      'invitationsReceived',
      'invitationsSent',
      'csvImports',
      'mail',
      'historyAboutYou',
      'historyOfYourChanges',
    ]) {
      expect(Array.isArray(data[key]), key).toBe(true);
    }
    expect(data.people).toMatchObject([{ name: 'Export Me', email, city: 'Graz' }]);
    expect(data.apiTokens).toMatchObject([{ name: 'website', prefix: token.slice(0, 11) }]);
    expect(data.calendarFeeds).toMatchObject([{ scope: 'user' }]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.mail).toMatchObject([{ purpose: 'password-reset' }]);
    expect(data.historyOfYourChanges.map((e: { entityType: string }) => e.entityType)).toEqual(
      expect.arrayContaining(['api-token', 'calendar-feed', 'person']),
    );

    // No secrets: no password hash, no token or its hash, no usable reset link, nobody else's data.
    expect(res.text).not.toMatch(/scrypt|passwordHash|tokenHash|token_hash|csrf/i);
    expect(res.text).not.toContain(token);
    expect(res.text).not.toContain(new URL(feedUrl).pathname.split('/').pop()!.replace('.ics', ''));
    expect(res.text).not.toContain('reset-password?token=');
    expect(res.text).not.toContain('someone.else@example.at');
    expect(res.text).not.toContain('theirs');
  });

  it('refuses the public', async () => {
    const res = await t.anonymous().get('/api/me/export');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
