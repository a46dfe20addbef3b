import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { Database, Db } from './database.ts';
import { readTogether } from './read-together.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const value = async (db: Db, n: number) => {
  const result = (await db.execute(sql`SELECT ${n}::int AS n, pg_sleep(0.01)`)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0].n);
};

describe('readTogether', () => {
  it('returns the reads’ results in their order, on the pool', async () => {
    expect(
      await readTogether(
        database.db,
        () => value(database.db, 1),
        () => value(database.db, 2),
        () => value(database.db, 3),
      ),
    ).toEqual([1, 2, 3]);
  });

  // On PostgreSQL, src/testing/one-query-per-connection.ts fails a second query sent on a busy
  // connection: inside a transaction the reads must go one after another.
  it('runs them one after another inside a transaction', async () => {
    const results = await database.db.transaction((tx) =>
      readTogether(
        tx as unknown as Db,
        () => value(tx as unknown as Db, 1),
        () => value(tx as unknown as Db, 2),
      ),
    );
    expect(results).toEqual([1, 2]);
  });
});
