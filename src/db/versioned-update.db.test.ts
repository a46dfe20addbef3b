import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cities } from '../features/cities/cities.table.ts';
import { systemActor } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';
import { loadConfig } from '../config.ts';
import { seedCity } from '../testing/factories.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import type { Database } from './database.ts';
import { updateVersioned } from './versioned-update.ts';

let database: Database;
let ctx: ServiceContext;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = { db: database.db, actor: systemActor('test'), config: loadConfig({ PONTIS_DATA_DIR: '/nonexistent' } as NodeJS.ProcessEnv) };
});
afterAll(() => database.close());

describe('updateVersioned', () => {
  it('bumps the version when the caller read the current one, and refuses a stale one with 409', async () => {
    const city = await seedCity(database.db);
    const after = await updateVersioned(ctx, cities, 'The city', city.id, city.version, { population: 1000 });
    expect(after).toMatchObject({ version: city.version + 1, population: 1000 });
    await expect(updateVersioned(ctx, cities, 'The city', city.id, city.version, { population: 2 })).rejects.toMatchObject({
      code: 'version_conflict',
      status: 409,
    });
  });

  // Found by the API fuzz suite: version 2147483648 was sent to the database and failed there (500).
  it('answers a version beyond the 32-bit column as a conflict, or a missing record as 404, never as a database error', async () => {
    const city = await seedCity(database.db);
    for (const version of [2 ** 31, Number.MAX_SAFE_INTEGER, -(2 ** 31) - 1]) {
      await expect(updateVersioned(ctx, cities, 'The city', city.id, version, { population: 3 })).rejects.toMatchObject({
        code: 'version_conflict',
        status: 409,
      });
      await expect(updateVersioned(ctx, cities, 'The city', crypto.randomUUID(), version, { population: 3 })).rejects.toMatchObject({ status: 404 });
    }
  });
});
