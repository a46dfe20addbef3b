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
