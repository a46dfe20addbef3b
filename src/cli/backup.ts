import fs from 'node:fs';
import type { Writable } from 'node:stream';
import type { Config } from '../config.ts';
import { openDatabaseFromConfig } from '../db/open-from-config.ts';
import { readBackup, restoreBackup, writeBackup, type BackupSummary } from '../features/backup/index.ts';
import { backupSocketPath } from '../features/backup/index.ts';
import { NoBackupServerError, requestBackupFromServer } from '../features/backup/index.ts';
import { AppError } from '../shared/errors.ts';
import { out } from './output.ts';
import { progressBar } from './progress-bar.ts';

/**
 * `pontis backup --out FILE`: from the running server over its control socket when the embedded
 * engine is in use by one, otherwise from the database directly (PostgreSQL is always direct).
 * Written to FILE.partial, read back and checked, then renamed, so FILE is only ever complete.
 * The database is not migrated first: the backup keeps the schema it finds.
 */
export async function backupFromCli(config: Config, file: string): Promise<void> {
  const partial = `${file}.partial`;
  const bar = progressBar();
  const onProgress = (p: { done: number; total: number }) => bar.update('Backing up', p.done, p.total, p.done);
  // Personal data and password hashes: readable by the owner only.
  const open = (): Writable => fs.createWriteStream(partial, { mode: 0o600 });
  try {
    let summary: BackupSummary | undefined;
    let source = '';
    const socketPath = backupSocketPath(config.dataDir);
    if (!config.databaseUrl && fs.existsSync(socketPath)) {
      try {
        summary = await requestBackupFromServer(socketPath, open(), onProgress);
        source = 'the running server';
      } catch (error) {
        if (!(error instanceof NoBackupServerError)) throw error;
      }
    }
    if (!summary) {
      const database = await openDatabaseFromConfig(config, 'pontis backup');
      try {
        summary = await writeBackup(database, open(), { onProgress });
        source = database.location;
      } finally {
        await database.close();
      }
    }
    bar.finish();
    for await (const _event of readBackup(fs.createReadStream(partial))) {
      // Reading it through checks the checksum and the row counts.
    }
    fs.renameSync(partial, file);
    const megabytes = (fs.statSync(file).size / 1e6).toFixed(1);
    out(`Wrote ${file}: ${summary.rows.toLocaleString('en')} rows in ${summary.tables} tables, ${megabytes} MB, from ${source}.`);
  } catch (error) {
    bar.finish();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** `pontis restore FILE`: into the empty database or data directory the settings name. */
export async function restoreFromCli(config: Config, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new AppError('file_not_found', 400, `There is no file ${file}.`);
  const database = await openDatabaseFromConfig(config, 'pontis restore');
  const bar = progressBar();
  try {
    const summary = await restoreBackup(database, fs.createReadStream(file), {
      onProgress: (p) => bar.update('Restoring', p.done, p.total, p.done),
    });
    bar.finish();
    out(`Restored ${summary.rows.toLocaleString('en')} rows in ${summary.tables} tables into ${database.location}.`);
    out(`The backup was made at ${summary.createdAt} by Pontis ${summary.pontisVersion} on ${summary.engine}.`);
    if (summary.upgradedWith.length) out(`Then applied the migrations this version adds: ${summary.upgradedWith.join(', ')}.`);
  } finally {
    bar.finish();
    await database.close();
  }
}
