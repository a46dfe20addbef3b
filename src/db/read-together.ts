import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './database.ts';
import { oneAfterAnother } from './one-after-another.ts';

type Results<T extends readonly (() => PromiseLike<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads at once where the database allows it, and returns their results as a
 * tuple: on the pool each read takes a connection of its own, so a page waits for its slowest read,
 * not for their sum; inside a transaction (one connection) they run one after another
 * (oneAfterAnother says why).
 */
export async function readTogether<T extends readonly (() => PromiseLike<unknown>)[]>(db: Db, ...reads: T): Promise<Results<T>> {
  if (db instanceof PgTransaction) return oneAfterAnother(...reads);
  return Promise.all(reads.map((read) => read())) as Promise<Results<T>>;
}
