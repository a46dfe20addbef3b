import type { FastifyInstance } from 'fastify';
import { afterAll } from 'vitest';
import { loadConfig, type Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { buildApp } from '../http/app.ts';
import { systemActor, type Actor } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';
import { createTestDatabase } from './test-database.ts';
import { TestClient } from './test-client.ts';
import { seedUser, TEST_PASSWORD, type SeedUserInput } from './factories.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** A service context acting as the given actor (default: the system, which may do anything). */
  ctx(actor?: Actor): ServiceContext;
  /** An HTTP client without credentials: the anonymous public. */
  anonymous(): TestClient;
  /** Creates a user and returns an HTTP client signed in as them (cookie session + CSRF token). */
  signedIn(input: SeedUserInput): Promise<TestClient & { userId: string }>;
}

/**
 * The API under test, on a private database of the engine under test, driven through HTTP
 * (Fastify's inject: the whole request pipeline, hooks, validation and serialisation).
 * Closed automatically after the file's tests.
 */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // The general API rate limit is off unless a test asks for it: API tests make many requests as
  // one user on purpose (src/http/api-rate-limit.api.test.ts tests the limit itself).
  const config = loadConfig({ PONTIS_DATA_DIR: '/nonexistent', PONTIS_LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { rateLimitPerMinute: 0, ...overrides });
  const app = await buildApp({ database, config, serveWeb: false, logger: false });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
  });
  let ipCounter = 1;
  const testApp: TestApp = {
    app,
    database,
    config,
    ctx: (actor = systemActor('test')) => ({ db: database.db, actor, config }),
    anonymous: () => new TestClient(app, `10.0.0.${ipCounter++ % 250}`),
    async signedIn(input) {
      const user = await seedUser(database.db, input);
      const client = new TestClient(app, `10.0.1.${ipCounter++ % 250}`);
      const res = await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed in test set-up: ${res.status} ${JSON.stringify(res.body)}`);
      return Object.assign(client, { userId: user.id });
    },
  };
  return testApp;
}
