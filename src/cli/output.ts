import { AppError } from '../shared/errors.ts';
import { ConfigError } from '../config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';

/** CLI output goes through here: results on stdout, problems on stderr. */
export const out = (line = '') => process.stdout.write(`${line}\n`);
export const err = (line = '') => process.stderr.write(`${line}\n`);

/** Prints an error the way a person at a terminal needs it and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof DataDirLockedError || error instanceof ConfigError) {
    err(error.message);
    return 2;
  }
  if (error instanceof AppError) {
    err(`Error (${error.code}): ${error.message}`);
    for (const f of error.fields) err(`  ${f.path}: ${f.message}`);
    return 1;
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ECONNREFUSED') {
    err(`Cannot reach the PostgreSQL server (${e.message}). Check DATABASE_URL and that the server is running.`);
    return 2;
  }
  err(e?.stack ?? String(error));
  return 1;
}
