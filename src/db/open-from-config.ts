import type { Config } from '../config.ts';
import { openDatabase, type Database } from './database.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded engine in the data directory. */
export function openDatabaseFromConfig(config: Config, purpose: string): Promise<Database> {
  return config.databaseUrl ? openDatabase({ kind: 'postgres', url: config.databaseUrl }) : openDatabase({ kind: 'pglite', dataDir: config.dataDir, purpose });
}
