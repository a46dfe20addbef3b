import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabaseFromConfig } from '../db/open-from-config.ts';
import { syncTaxonomy } from '../features/taxonomy/index.ts';
import { syncThemes } from '../features/themes/index.ts';
import { systemActor } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';

/**
 * Opens the database for one CLI command, migrated and with the current theme list, and closes
 * it afterwards. On the embedded engine this takes the data-directory lock, so a command
 * refuses clearly while a server runs.
 */
export async function withDatabase<T>(config: Config, purpose: string, fn: (ctx: ServiceContext, database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabaseFromConfig(config, purpose);
  try {
    await migrate(database);
    await syncThemes(database.db);
    await syncTaxonomy(database.db);
    return await fn({ db: database.db, actor: systemActor(`cli: ${purpose}`), config }, database);
  } finally {
    await database.close();
  }
}
