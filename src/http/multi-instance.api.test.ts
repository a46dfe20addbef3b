import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { seedUser, TEST_PASSWORD } from '../testing/factories.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { TestClient } from '../testing/test-client.ts';
import { buildApp } from './app.ts';

/**
 * Two server instances on one database, as behind a load balancer: whatever one instance
 * learns (a session, a failed sign-in) the other must know, because it lives in the database.
 */
let database: Database;
let apps: Awaited<ReturnType<typeof buildApp>>[];

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  apps = [await buildApp({ database, config, serveWeb: false, logger: false }), await buildApp({ database, config, serveWeb: false, logger: false })];
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
});

describe('several server instances', () => {
  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const user = await seedUser(database.db, { role: 'member' });
    const onA = new TestClient(apps[0], '10.9.0.1');
    expect((await onA.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    const onB = onA.sameBrowserOn(apps[1]);
    const session = await onB.get('/api/auth/session');
    expect(session.body.user.email).toBe(user.email);
    expect((await onB.post('/api/auth/sign-out')).status).toBe(200);
    expect((await onA.get('/api/auth/session')).body.user).toBeNull();
  });

  it('share rate limits: failed sign-ins on both count together', async () => {
    const user = await seedUser(database.db, { role: 'member' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const client = new TestClient(apps[i % 2], `10.9.1.${i}`);
      statuses.push((await client.post('/api/auth/sign-in', { email: user.email, password: 'wrong-password' })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
