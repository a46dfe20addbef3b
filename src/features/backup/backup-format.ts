import crypto from 'node:crypto';
import { AppError } from '../../shared/errors.ts';
// A JSON import, not a file read beside this module: the server bundle (dist/server) lives elsewhere.
import packageJson from '../../../package.json' with { type: 'json' };

/**
 * The backup file (docs/decisions/0011-backup-and-restore.md): gzip-compressed JSON lines.
 *   1. a header object (format, versions, engine, migrations, expected row counts, sequences);
 *   2. per table, an object naming the table and its columns, then one JSON array per row
 *      holding each column's PostgreSQL text form (or null);
 *   3. an end object with the row counts and the SHA-256 of every line before it.
 * Row lines start with "[" and the others with "{", so rows are never parsed in JavaScript: the
 * restore hands them to the database as they are.
 */
export const BACKUP_FORMAT = 'pontis-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  pontisVersion: string;
  createdAt: string;
  engine: 'pglite' | 'postgres';
  migrations: { name: string; checksum: string }[];
  /** Rows per table in the snapshot, in the order the tables follow (foreign keys first). */
  tables: { name: string; rows: number }[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export interface TableLine {
  table: string;
  columns: string[];
}

export interface EndLine {
  end: true;
  rows: Record<string, number>;
  sha256: string;
}

export const pontisVersion: string = packageJson.version;

/** The refusal for any file that is not a complete, unaltered backup. */
export const backupDamaged = (detail: string) =>
  new AppError('backup_damaged', 400, `The backup file is damaged or incomplete, so nothing was restored: ${detail}`);

/** Hashes lines exactly as written (each with its newline), so reader and writer agree. */
export class LineHasher {
  private readonly hash = crypto.createHash('sha256');
  add(text: string): void {
    this.hash.update(text);
  }
  digest(): string {
    return this.hash.copy().digest('hex');
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line ?? '');
  } catch {
    throw new AppError('backup_unknown_format', 400, 'This is not a Pontis backup file (its first line is not a backup header).');
  }
  if (header?.format !== BACKUP_FORMAT) {
    throw new AppError('backup_unknown_format', 400, 'This is not a Pontis backup file (its first line is not a backup header).');
  }
  if (header.version !== BACKUP_FORMAT_VERSION) {
    throw new AppError(
      'backup_unknown_format',
      400,
      `This backup uses version ${header.version} of the backup format; this Pontis (${pontisVersion}) reads version ${BACKUP_FORMAT_VERSION}. Restore it with the Pontis version that made it (${header.pontisVersion}) or a newer one.`,
    );
  }
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables) || !Array.isArray(header.sequences)) {
    throw backupDamaged('the header is incomplete.');
  }
  return header;
}
