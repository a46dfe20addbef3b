import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';

export const migrationsDir = path.resolve(import.meta.dirname, '../../migrations');

// An arbitrary constant shared by every Pontis process: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 72_100_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export function listMigrations(dir = migrationsDir): { name: string; sql: string; checksum: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so several server
 * processes starting together against one PostgreSQL server migrate exactly once.
 * A committed migration must never change: a changed checksum stops start-up.
 */
export async function migrate(database: Database, dir = migrationsDir): Promise<MigrationResult> {
  const migrations = listMigrations(dir);
  const applied: string[] = [];
  let alreadyApplied = 0;
  await database.runScriptInTransaction(async (exec) => {
    await exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const rows = await exec('SELECT name, checksum FROM schema_migrations');
    const done = new Map(rows.map((r) => [String(r.name), String(r.checksum)]));
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous !== undefined) {
        if (previous !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
        }
        alreadyApplied++;
        continue;
      }
      await exec(m.sql);
      await exec(`INSERT INTO schema_migrations (name, checksum) VALUES ('${m.name}', '${m.checksum}')`);
      applied.push(m.name);
    }
  });
  return { applied, alreadyApplied };
}
