import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from './actor.ts';

/** What every use case receives: the database (or the open transaction), who acts, and settings. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  config: Config;
}

/** Runs fn in a transaction, handing it a context whose db is the transaction. */
export function inTransaction<T>(ctx: ServiceContext, fn: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx as unknown as Db }));
}

/**
 * Runs independent reads together where that is possible: at once on the pool (each on its own
 * connection, so a page waits for the slowest read, not for their sum), one after the other inside
 * a transaction, whose single connection takes one query at a time (node-postgres would queue the
 * rest, a queue it deprecates; src/testing/one-query-per-connection.ts fails on it in the suites).
 */
export async function readTogether<T extends readonly unknown[]>(ctx: ServiceContext, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (ctx.db instanceof PgTransaction) {
    const results: unknown[] = [];
    for (const read of reads) results.push(await read());
    return results as unknown as T;
  }
  return Promise.all(reads.map((read) => read())) as unknown as Promise<T>;
}
