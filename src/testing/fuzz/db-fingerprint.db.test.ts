import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { seedCity, seedUser } from '../factories.ts';
import { createTestDatabase } from '../test-database.ts';
import { testEngine } from '../test-engine.ts';
import { changedTables, fingerprintQuery, nextTransactionId, takeFingerprint } from './db-fingerprint.ts';

let database: Database;
let query: string;
const take = () => takeFingerprint(database.db, query);

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await seedUser(database.db, { role: 'admin' });
  await seedCity(database.db, { key: 'dortmund' });
  await database.db.execute(
    sql`INSERT INTO sessions (user_id, token_hash, csrf_token, expires_at) VALUES (${user.id}, 'hash', 'csrf', now() + interval '1 day')`,
  );
  query = await fingerprintQuery(database.db);
});
afterAll(() => database.close());

describe('database fingerprint', () => {
  it('names the tables a committed write changed, even a write of the same values', async () => {
    const before = await take();
    expect(before.size).toBeGreaterThan(30);
    await database.db.execute(sql`UPDATE cities SET name = name WHERE key = 'dortmund'`);
    expect(changedTables(before, await take())).toEqual(['cities']);
  });

  it('ignores a rolled-back write, rate-limit counters and the session touched on every request', async () => {
    const before = await take();
    const xid = await nextTransactionId(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM cities`);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await database.db.execute(sql`UPDATE sessions SET last_seen_at = now() + interval '1 minute'`);
    await database.db.execute(sql`INSERT INTO rate_limit_hits (bucket, window_start, hits) VALUES ('fuzz', now(), 1)`);
    expect(changedTables(before, await take())).toEqual([]);
    // The writes took transaction ids: the runner then takes the fingerprint to compare.
    expect(await nextTransactionId(database.db)).not.toBe(xid);
  });

  // The counter is the whole server's: on PostgreSQL other test databases move it at any time.
  it.skipIf(testEngine === 'postgres')('leaves the transaction counter alone when nothing is written', async () => {
    const xid = await nextTransactionId(database.db);
    await take();
    await database.db.execute(sql`SELECT count(*) FROM cities`);
    expect(await nextTransactionId(database.db)).toBe(xid);
  });
});
