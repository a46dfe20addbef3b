import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { seedUser, TEST_PASSWORD } from '../testing/factories.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { TestClient } from '../testing/test-client.ts';
import { buildApp } from './app.ts';

/**
 * The general API limit per client, on two server instances sharing one database as behind a
 * load balancer: requests on either count together, reads included.
 */
const LIMIT = 6;
let database: Database;
let apps: Awaited<ReturnType<typeof buildApp>>[];

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ PONTIS_LOG_LEVEL: 'silent', PONTIS_RATE_LIMIT_PER_MINUTE: String(LIMIT) } as NodeJS.ProcessEnv);
  apps = [await buildApp({ database, config, serveWeb: false, logger: false }), await buildApp({ database, config, serveWeb: false, logger: false })];
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database.close();
});

describe('the API rate limit per client', () => {
  it('refuses an address past the limit with 429 and Retry-After, counting reads on both instances', async () => {
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<TestClient['get']>> | undefined;
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await new TestClient(apps[i % 2], '10.8.0.1').get('/api/themes');
      statuses.push(res.status);
      if (res.status === 429) refused ??= res;
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    expect(refused!.body).toMatchObject({ code: 'rate_limited', retryAfterSeconds: expect.any(Number) });
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused!.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused!.headers['ratelimit-remaining']).toBe('0');
  });

  it('counts another address on its own, and never limits the health check', async () => {
    expect((await new TestClient(apps[0], '10.8.0.2').get('/api/themes')).status).toBe(200);
    const health = await Promise.all(Array.from({ length: LIMIT + 2 }, () => new TestClient(apps[1], '10.8.0.1').get('/api/health')));
    expect(health.map((r) => r.status).every((s) => s === 200)).toBe(true);
  });

  it('counts a signed-in user by account, whatever address they come from', async () => {
    const user = await seedUser(database.db, { role: 'member' });
    const browser = new TestClient(apps[0], '10.8.1.1');
    // The sign-in request itself counts for the address, not the account.
    expect((await browser.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const elsewhere = browser.sameBrowserOn(apps[i % 2], `10.8.2.${i}`);
      statuses.push((await elsewhere.get('/api/me')).status);
    }
    expect(statuses.slice(0, LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
  });
});
