import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import type { Database } from './database.ts';
import { isUniqueViolation } from './unique-violation.ts';

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  // A constraint and a partial unique index, the two kinds the writers rely on.
  await database.db.execute(sql`CREATE TABLE unique_violation_probe (
    id int PRIMARY KEY, name text NOT NULL CONSTRAINT unique_violation_probe_name_key UNIQUE, lead boolean NOT NULL DEFAULT false, team int NOT NULL DEFAULT 0)`);
  await database.db.execute(sql`CREATE UNIQUE INDEX unique_violation_probe_one_lead_idx ON unique_violation_probe (team) WHERE lead`);
  await database.db.execute(sql`INSERT INTO unique_violation_probe (id, name, lead) VALUES (1, 'first', true)`);
});
afterAll(() => database.close());

/** The error the engine under test raises, as Drizzle hands it to a service. */
async function failure(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await database.db.execute(statement);
  } catch (err) {
    return err;
  }
  throw new Error('the statement succeeded');
}

describe('isUniqueViolation', () => {
  it('recognises a duplicate on a unique constraint, by name too', async () => {
    const err = await failure(sql`INSERT INTO unique_violation_probe (id, name) VALUES (2, 'first')`);
    expect(isUniqueViolation(err)).toBe(true);
    expect(isUniqueViolation(err, 'unique_violation_probe_name_key')).toBe(true);
    expect(isUniqueViolation(err, 'unique_violation_probe_one_lead_idx')).toBe(false);
  });

  it('recognises a duplicate on a partial unique index and on the primary key', async () => {
    const lead = await failure(sql`INSERT INTO unique_violation_probe (id, name, lead) VALUES (3, 'second', true)`);
    expect(isUniqueViolation(lead, 'unique_violation_probe_one_lead_idx')).toBe(true);
    expect(isUniqueViolation(lead, 'unique_violation_probe_name_key')).toBe(false);
    expect(isUniqueViolation(await failure(sql`INSERT INTO unique_violation_probe (id, name) VALUES (1, 'third')`), 'unique_violation_probe_pkey')).toBe(true);
  });

  it('recognises it inside a transaction, and nothing else as one', async () => {
    let inTransaction: unknown;
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO unique_violation_probe (id, name) VALUES (4, 'first')`);
      })
      .catch((err: unknown) => (inTransaction = err));
    expect(isUniqueViolation(inTransaction, 'unique_violation_probe_name_key')).toBe(true);

    const notNull = await failure(sql`INSERT INTO unique_violation_probe (id, name) VALUES (5, NULL)`);
    expect(notNull).toBeInstanceOf(Error);
    expect(isUniqueViolation(notNull)).toBe(false);
    for (const other of [undefined, null, 'duplicate key', new Error('duplicate key value violates unique constraint'), { code: '23503' }])
      expect(isUniqueViolation(other)).toBe(false);
  });

  it('stops following causes after a few levels (a cycle cannot hang it)', () => {
    const looped: { code: string; cause?: unknown } = { code: 'XX000' };
    looped.cause = looped;
    expect(isUniqueViolation(looped)).toBe(false);
    expect(isUniqueViolation({ cause: { cause: { code: '23505', constraint: 'x_idx' } } }, 'x_idx')).toBe(true);
  });
});
