import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { apiTokens } from './auth.table.ts';

let t: TestApp;
let owner: Awaited<ReturnType<TestApp['signedIn']>>;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signedIn({ role: 'member', displayName: 'Token Owner' });
});

const bearer = (token: string) => t.anonymous().withToken(token);

describe('API tokens', () => {
  it('returns the secret once, lists tokens without secrets, and keeps only a hash', async () => {
    const created = await owner.post('/api/tokens', { name: 'city website sync', expiresInDays: 30 });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^pt_[\w-]{40,}$/);
    expect(created.body.prefix).toBe(created.body.token.slice(0, 11));
    expect(created.body.expiresAt).not.toBeNull();

    const list = await owner.get('/api/tokens');
    expect(list.status).toBe(200);
    const listed = list.body.items.find((i: { id: string }) => i.id === created.body.id);
    expect(listed).toMatchObject({ name: 'city website sync', prefix: created.body.prefix, revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.body.id));
    expect(row.tokenHash).not.toContain(created.body.token);
  });

  it('authenticates a write without CSRF token, as its owner', async () => {
    const { token } = (await owner.post('/api/tokens', { name: 'integration' })).body;
    const me = await bearer(token).get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(owner.userId);
    const write = await bearer(token).put('/api/me', { displayName: 'Renamed By Token', locale: 'hu', version: me.body.version });
    expect(write.status).toBe(200);
    expect(write.body.displayName).toBe('Renamed By Token');
    const listed = (await owner.get('/api/tokens')).body.items.find((i: { name: string }) => i.name === 'integration');
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('stops working once revoked or expired', async () => {
    const created = (await owner.post('/api/tokens', { name: 'to revoke' })).body;
    expect((await bearer(created.token).get('/api/me')).status).toBe(200);
    const revoked = await owner.delete(`/api/tokens/${created.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await bearer(created.token).put('/api/me', { displayName: 'X', locale: null, version: 1 });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('invalid_token');

    const expiring = (await owner.post('/api/tokens', { name: 'expiring', expiresInDays: 1 })).body;
    await t.database.db
      .update(apiTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(apiTokens.id, expiring.id));
    expect((await bearer(expiring.token).get('/api/me')).status).toBe(401);
  });

  it('lists only your own tokens; only the owner or an admin may revoke', async () => {
    const created = (await owner.post('/api/tokens', { name: 'owned' })).body;
    const other = await t.signedIn({ role: 'member' });
    expect((await other.get('/api/tokens')).body.items).toEqual([]);
    const refused = await other.delete(`/api/tokens/${created.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    const admin = await t.signedIn({ role: 'admin' });
    expect((await admin.delete(`/api/tokens/${created.id}`)).status).toBe(200);
    expect((await owner.delete(`/api/tokens/${created.id}`)).status).toBe(200);
    expect((await owner.delete('/api/tokens/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses the public', async () => {
    expect((await t.anonymous().post('/api/tokens', { name: 'x' })).status).toBe(401);
    expect((await t.anonymous().get('/api/tokens')).status).toBe(401);
    expect((await t.anonymous().delete('/api/tokens/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });

  it('names malformed fields', async () => {
    const res = await owner.post('/api/tokens', { name: '', expiresInDays: 0 });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['expiresInDays', 'name']);
    const badId = await owner.delete('/api/tokens/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.fields[0].path).toBe('params.id');
  });
});
