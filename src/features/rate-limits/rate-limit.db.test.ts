import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { enforceRateLimit, hitRateLimit } from './rate-limit.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('database rate limit', () => {
  it('allows up to the limit and refuses beyond it, per bucket', async () => {
    for (let i = 1; i <= 3; i++) expect((await hitRateLimit(database.db, 'a', 3, 3600)).allowed).toBe(true);
    expect((await hitRateLimit(database.db, 'a', 3, 3600)).allowed).toBe(false);
    expect((await hitRateLimit(database.db, 'b', 3, 3600)).allowed).toBe(true);
    await expect(enforceRateLimit(database.db, 'a', 3, 3600)).rejects.toMatchObject({ code: 'rate_limited', status: 429 });
  });

  it('counts concurrent hits exactly (no lost updates)', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(database.db, 'burst', 100, 3600)));
    expect(results.map((r) => r.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
