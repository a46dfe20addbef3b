import { eq } from 'drizzle-orm';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OidcSettings } from '../../config.ts';
import { seedCity, seedUser } from '../../testing/factories.ts';
import { signInAtProvider, startOidcTestProvider, type TestOidcProvider } from '../../testing/oidc-test-provider.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { TestClient } from '../../testing/test-client.ts';
import { invitations, users } from '../users/users.table.ts';
import { oidcLoginAttempts, userIdentities } from './single-sign-on.table.ts';

// A real OpenID provider (oidc-provider) on 127.0.0.1; Pontis is driven through HTTP (inject)
// and talks to the provider over the loopback network, as it would to a city's Keycloak.
let idp: TestOidcProvider;
let t: TestApp;
let admin: TestClient;
let city: { id: string };

const settings = (issuer: string, clientId = 'pontis-test'): OidcSettings => ({
  issuer,
  clientId,
  clientSecret: undefined,
  label: 'Stadt Testhausen',
  scopes: ['openid', 'email', 'profile'],
});

beforeAll(async () => {
  idp = await startOidcTestProvider({
    'kc-invited': { email: 'Ines.Invited@Example.org', email_verified: true, name: 'Ines Invited' },
    'kc-existing': { email: 'ERIK.existing@example.org', email_verified: true, name: 'Someone Else' },
    'kc-impostor': { email: 'erik.existing@example.org', email_verified: true },
    'kc-unverified': { email: 'una.unverified@example.org', email_verified: false },
    'kc-stranger': { email: 'nobody@example.org', email_verified: true },
    'kc-no-mail': { name: 'No Mail' },
  });
  t = await createTestApp({ oidc: settings(idp.issuer) });
  idp.registerClient(`${t.config.publicUrl}/api/auth/oidc/callback`);
  city = await seedCity(t.database.db, { name: 'Testhausen' });
  admin = await t.signedIn({ role: 'admin' });
  await seedUser(t.database.db, { role: 'member', cityId: city.id, email: 'erik.existing@example.org', displayName: 'Erik Existing' });
  await seedUser(t.database.db, { role: 'member', cityId: city.id, email: 'una.unverified@example.org' });
});
afterAll(() => idp?.close());

const callbackPrefix = () => `${t.config.publicUrl}/api/auth/oidc/callback`;
const localPath = (url: string) => url.slice(t.config.publicUrl.length);

/** Start in Pontis, sign in at the provider as `accountId`, and return to Pontis's callback. */
async function signInWith(accountId: string, client = t.anonymous()) {
  const start = await client.get('/api/auth/oidc/start?next=/organisations');
  expect(start.status, start.text).toBe(303);
  const location = String(start.headers.location);
  expect(location.startsWith(`${idp.issuer}/`)).toBe(true);
  const callback = await signInAtProvider(location, accountId, callbackPrefix());
  const res = await client.get(localPath(callback));
  return { client, callback, res };
}

const sessionOf = async (client: TestClient) => (await client.get('/api/auth/session')).body.user;
const identitiesOf = (userId: string) => t.database.db.select().from(userIdentities).where(eq(userIdentities.userId, userId));

describe('GET /api/auth/providers', () => {
  it('tells the sign-in page that single sign-on is on, with its label', async () => {
    const res = await t.anonymous().get('/api/auth/providers');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ singleSignOn: { label: 'Stadt Testhausen' } });
  });
});

describe('GET /api/auth/oidc/start', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and keeps them in the database', async () => {
    const start = await t.anonymous().get('/api/auth/oidc/start');
    expect(start.status).toBe(303);
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(callbackPrefix());
    expect(String(start.headers['set-cookie'])).toMatch(/pontis_sso=.+; .*HttpOnly/i);
    const [attempt] = await t.database.db
      .select()
      .from(oidcLoginAttempts)
      .where(eq(oidcLoginAttempts.state, url.searchParams.get('state')!));
    expect(attempt).toMatchObject({ nonce: url.searchParams.get('nonce'), returnTo: '/' });
    expect(attempt.codeVerifier).not.toBe(url.searchParams.get('code_challenge'));
    expect(attempt.expiresAt > attempt.createdAt).toBe(true);
  });
});

describe('odd input', () => {
  it('is answered with a redirect or a 4xx naming the problem, never a 500', async () => {
    const client = t.anonymous();
    expect((await client.get('/api/auth/oidc/start?next=%2Fstadtwerke-%E2%82%AC')).status).toBe(303);
    const [attempt] = await t.database.db.select().from(oidcLoginAttempts).where(eq(oidcLoginAttempts.returnTo, '/stadtwerke-%E2%82%AC'));
    expect(attempt).toBeDefined();
    const long = await client.get(`/api/auth/oidc/start?next=/${'x'.repeat(2001)}`);
    expect(long.status).toBe(400);
    expect(long.body.fields[0].path).toContain('next');
    for (const query of ['', '?code=&state=', '?state=%00%FF&code=x&code=y', `?state=${'s'.repeat(1001)}`, '?error=access_denied']) {
      const res = await client.get(`/api/auth/oidc/callback${query}`);
      expect(res.status, query).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
      expect(res.body.code, query).toEqual(expect.any(String));
    }
  });
});

describe('the first sign-in', () => {
  it('accepts a pending invitation for the verified e-mail address, with the role of the invitation, and links the identity', async () => {
    const invited = await admin.post('/api/invitations', { email: 'ines.invited@example.org', role: 'coordinator', cityId: city.id });
    expect(invited.status).toBe(201);
    const { client, res } = await signInWith('kc-invited');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/organisations');
    expect(String(res.headers['set-cookie'])).toContain('pontis_session=');
    const user = await sessionOf(client);
    expect(user).toMatchObject({ email: 'ines.invited@example.org', displayName: 'Ines Invited', role: 'coordinator', cityId: city.id });
    expect(await identitiesOf(user.id)).toEqual([expect.objectContaining({ issuer: idp.issuer, subject: 'kc-invited' })]);
    const [invitation] = await t.database.db.select().from(invitations).where(eq(invitations.id, invited.body.id));
    expect(invitation.acceptedUserId).toBe(user.id);
    // No password was set: the account signs in only through the provider.
    const [row] = await t.database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toBeNull();
  });

  it('links an existing account by its e-mail address, whatever its case, and keeps its Pontis name and role', async () => {
    const { client, res } = await signInWith('kc-existing');
    expect(res.status).toBe(303);
    const user = await sessionOf(client);
    expect(user).toMatchObject({ email: 'erik.existing@example.org', displayName: 'Erik Existing', role: 'member' });
    expect(await identitiesOf(user.id)).toEqual([expect.objectContaining({ subject: 'kc-existing' })]);
  });
});

describe('later sign-ins', () => {
  it('find the account by the linked subject even after the e-mail address changed at the provider', async () => {
    idp.accounts.set('kc-invited', { email: 'ines.renamed@example.org', email_verified: false, name: 'Ines R.' });
    const { client, res } = await signInWith('kc-invited');
    expect(res.status).toBe(303);
    expect((await sessionOf(client)).email).toBe('ines.invited@example.org');
  });

  it('refuse another subject of the same provider for an account already linked', async () => {
    const { client, res } = await signInWith('kc-impostor');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('sso_identity_mismatch');
    expect(await sessionOf(client)).toBeNull();
  });
});

describe('refusals', () => {
  it('refuse an e-mail address the provider has not verified, even when an account has it', async () => {
    const { client, res } = await signInWith('kc-unverified');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('sso_email_unverified');
    expect(await sessionOf(client)).toBeNull();
    expect(await signInWith('kc-no-mail').then((r) => r.res.body.code)).toBe('sso_email_unverified');
  });

  it('refuse an e-mail address without account or invitation, and send a browser back to the sign-in page', async () => {
    const { client, res } = await signInWith('kc-stranger');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'sso_no_account', message: expect.stringContaining('invitation') });
    expect(await sessionOf(client)).toBeNull();

    const browser = t.anonymous();
    const start = await browser.get('/api/auth/oidc/start');
    const callback = await signInAtProvider(String(start.headers.location), 'kc-stranger', callbackPrefix());
    const back = await browser.request('GET', localPath(callback), undefined, { accept: 'text/html,application/xhtml+xml' });
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe('/sign-in?sso_error=sso_no_account');
    const [stranger] = await t.database.db.select().from(users).where(eq(users.email, 'nobody@example.org'));
    expect(stranger).toBeUndefined();
  });

  it('refuse a replayed callback, a forged state and a callback in a browser that did not start the sign-in', async () => {
    const { client, callback, res } = await signInWith('kc-existing');
    expect(res.status).toBe(303);
    expect(await sessionOf(client)).not.toBeNull();
    expect((await client.post('/api/auth/sign-out')).status).toBe(200);
    const replay = await client.get(localPath(callback));
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('sso_state_invalid');
    expect(await sessionOf(client)).toBeNull();

    const forger = t.anonymous();
    const start = await forger.get('/api/auth/oidc/start');
    const genuine = new URL(await signInAtProvider(String(start.headers.location), 'kc-existing', callbackPrefix()));
    genuine.searchParams.set('state', 'forged-state');
    const forged = await forger.get(localPath(genuine.href));
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('sso_state_invalid');
    expect(await sessionOf(forger)).toBeNull();

    const started = t.anonymous();
    const other = await started.get('/api/auth/oidc/start');
    const stolen = await signInAtProvider(String(other.headers.location), 'kc-existing', callbackPrefix());
    const elsewhere = t.anonymous();
    const res2 = await elsewhere.get(localPath(stolen));
    expect(res2.status).toBe(400);
    expect(res2.body.code).toBe('sso_state_invalid');
    expect(await sessionOf(elsewhere)).toBeNull();
  });

  it('answer the provider reporting a cancelled sign-in with a 400, not a session', async () => {
    const client = t.anonymous();
    const start = await client.get('/api/auth/oidc/start');
    const state = new URL(String(start.headers.location)).searchParams.get('state')!;
    const res = await client.get(`/api/auth/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('sso_failed');
    expect(await sessionOf(client)).toBeNull();
  });
});

describe('when the provider cannot be reached', () => {
  it('answers a clear 503 (JSON), or sends a browser back to the sign-in page, and password sign-in still works', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = await createTestApp({ oidc: settings(`http://127.0.0.1:${port}`) });
    const res = await down.anonymous().get('/api/auth/oidc/start');
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('sso_unavailable');
    const browser = await down.anonymous().request('GET', '/api/auth/oidc/start', undefined, { accept: 'text/html' });
    expect(browser.status).toBe(303);
    expect(browser.headers.location).toBe('/sign-in?sso_error=sso_unavailable');
    expect((await down.anonymous().get('/api/auth/providers')).body.singleSignOn).toEqual({ label: 'Stadt Testhausen' });
    await down.signedIn({ role: 'member' });
  });

  it('answers 503 when the provider goes away between the start and the callback', async () => {
    const client = t.anonymous();
    const start = await client.get('/api/auth/oidc/start');
    const callback = await signInAtProvider(String(start.headers.location), 'kc-existing', callbackPrefix());
    await idp.close();
    const res = await client.get(localPath(callback));
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('sso_unavailable');
    expect(await sessionOf(client)).toBeNull();
  });
});

describe('without single sign-on configured', () => {
  it('says so, and refuses to start', async () => {
    const off = await createTestApp();
    expect((await off.anonymous().get('/api/auth/providers')).body).toEqual({ singleSignOn: null });
    const res = await off.anonymous().get('/api/auth/oidc/start');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('sso_disabled');
    expect((await off.anonymous().get('/api/auth/oidc/callback?code=x&state=y')).body.code).toBe('sso_disabled');
  });
});
