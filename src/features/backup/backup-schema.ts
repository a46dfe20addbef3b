import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../db/database.ts';
import { listMigrations, migrate } from '../../db/migrate.ts';
import { AppError } from '../../shared/errors.ts';
import type { BackupHeader } from './backup-format.ts';

/**
 * Whether this code can restore a backup's schema. It can when the backup's migrations are the
 * first ones of this code's list, unchanged: the target is migrated to exactly that schema, the
 * rows are loaded, and the remaining migrations run on them like on any upgrade. A migration this
 * code does not know means a newer Pontis made the backup.
 */
export function checkBackupSchema(header: BackupHeader): { backupNames: Set<string>; missing: string[] } {
  const known = listMigrations();
  const byName = new Map(known.map((m) => [m.name, m]));
  const unknown = header.migrations.filter((m) => !byName.has(m.name)).map((m) => m.name);
  if (unknown.length) {
    throw new AppError(
      'backup_newer_schema',
      409,
      `This backup was made by Pontis ${header.pontisVersion}, whose database has migrations this version (${known.at(-1)?.name ?? 'none'}) does not know: ${unknown.join(', ')}. Restore it with that version of Pontis or a newer one.`,
    );
  }
  const changed = header.migrations.filter((m) => byName.get(m.name)!.checksum !== m.checksum).map((m) => m.name);
  if (changed.length) {
    throw new AppError(
      'backup_schema_mismatch',
      409,
      `The backup's migrations ${changed.join(', ')} differ from this version's, so its schema cannot be rebuilt here.`,
    );
  }
  const backupNames = new Set(header.migrations.map((m) => m.name));
  const prefix = known.slice(0, backupNames.size).every((m) => backupNames.has(m.name));
  if (!prefix) {
    throw new AppError(
      'backup_schema_mismatch',
      409,
      "The backup's migrations are not the first ones of this version's list, so its schema cannot be rebuilt here.",
    );
  }
  return { backupNames, missing: known.slice(backupNames.size).map((m) => m.name) };
}

/** Applies exactly the backup's migrations (all of this code's when the versions match). */
export async function migrateToBackupSchema(database: Database, header: BackupHeader): Promise<void> {
  const names = new Set(header.migrations.map((m) => m.name));
  const known = listMigrations();
  if (known.every((m) => names.has(m.name))) {
    await migrate(database);
    return;
  }
  // migrate() applies every file of a folder: give it a folder holding only the backup's ones.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-restore-migrations-'));
  try {
    for (const m of known) if (names.has(m.name)) fs.writeFileSync(path.join(dir, m.name), m.sql);
    await migrate(database, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
