import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/database.ts';
import { AppError } from '../../shared/errors.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, LineHasher, pontisVersion, type BackupHeader, type EndLine } from './backup-format.ts';
import { quoteIdent, readCatalogue, rows, type CatalogueTable } from './schema-catalogue.ts';
import { useTextForms } from './text-forms.ts';

export interface BackupProgress {
  table: string;
  /** Rows written so far and rows in the whole snapshot. */
  done: number;
  total: number;
}

export interface BackupOptions {
  /** Called after each batch of rows; awaited, so a caller may pace the backup. */
  onProgress?: (progress: BackupProgress) => void | Promise<void>;
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

// Rows fetched per round trip. Stored documents are up to a few megabytes each, so tables with
// binary columns are read a few rows at a time to keep memory flat.
const BATCH_ROWS = 1000;
const BINARY_BATCH_ROWS = 8;
const CHUNK_CHARS = 1 << 20;

/**
 * Writes every table of the database, as one consistent snapshot, to `output` as a gzip backup
 * file (backup-format.ts). Everything is read in one REPEATABLE READ READ ONLY transaction:
 * on PostgreSQL that is one snapshot however long the backup runs while servers keep writing;
 * PGlite has a single connection, whose other users wait until the backup is done.
 * Rows are streamed through a cursor, so memory does not grow with the database.
 * `output` is ended when the file is complete.
 */
export async function writeBackup(database: Pick<Database, 'db' | 'engine'>, output: Writable, options: BackupOptions = {}): Promise<BackupSummary> {
  return database.db.transaction(
    async (transaction) => {
      const tx = transaction as unknown as Db;
      await useTextForms(tx);
      const catalogue = await readCatalogue(tx);
      if (!catalogue.tables.some((t) => t.name === 'schema_migrations')) {
        throw new AppError('backup_nothing', 409, 'This database has not been set up yet (no migration was applied): there is nothing to back up.');
      }
      const migrations = await rows<{ name: string; checksum: string }>(tx, sql`SELECT name, checksum FROM schema_migrations ORDER BY name`);
      // The migrations are in the header; the table itself is rebuilt by migrating the target.
      const tables = catalogue.tables.filter((t) => t.name !== 'schema_migrations');
      const counted: BackupHeader['tables'] = [];
      for (const table of tables) {
        const [{ n }] = await rows<{ n: number }>(tx, sql.raw(`SELECT count(*)::int AS n FROM ${quoteIdent(table.name)}`));
        counted.push({ name: table.name, rows: Number(n) });
      }
      const sequences: BackupHeader['sequences'] = [];
      for (const name of catalogue.sequences) {
        const [s] = await rows<{ last_value: string; is_called: boolean }>(
          tx,
          sql.raw(`SELECT last_value::text AS last_value, is_called FROM ${quoteIdent(name)}`),
        );
        sequences.push({ name, lastValue: String(s.last_value), isCalled: Boolean(s.is_called) });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        pontisVersion,
        createdAt: new Date().toISOString(),
        engine: database.engine,
        migrations: migrations.map((m) => ({ name: String(m.name), checksum: String(m.checksum) })),
        tables: counted,
        sequences,
      };
      const total = counted.reduce((sum, t) => sum + t.rows, 0);
      let done = 0;
      const hasher = new LineHasher();
      const written: Record<string, number> = {};

      async function* lines(): AsyncGenerator<string> {
        let chunk = '';
        const emit = (line: string) => {
          const text = `${line}\n`;
          hasher.add(text);
          chunk += text;
        };
        emit(JSON.stringify(header));
        for (const table of tables) {
          emit(JSON.stringify({ table: table.name, columns: table.columns.map((c) => c.name) }));
          written[table.name] = 0;
          for await (const batch of readRows(tx, table)) {
            for (const line of batch) emit(line);
            written[table.name] += batch.length;
            done += batch.length;
            if (chunk.length >= CHUNK_CHARS) {
              yield chunk;
              chunk = '';
            }
            await options.onProgress?.({ table: table.name, done, total });
          }
        }
        const end: EndLine = { end: true, rows: written, sha256: hasher.digest() };
        chunk += `${JSON.stringify(end)}\n`;
        yield chunk;
      }

      await pipeline(Readable.from(lines()), zlib.createGzip(), output);
      for (const t of counted) {
        if (written[t.name] !== t.rows) throw new Error(`Table ${t.name} gave ${written[t.name]} rows, but counted ${t.rows} in the same snapshot.`);
      }
      return { tables: tables.length, rows: done };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Each row as the JSON array of its columns' text forms, formatted by the database itself. */
async function* readRows(tx: Db, table: CatalogueTable): AsyncGenerator<string[]> {
  const values = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(', ');
  const batchRows = table.columns.some((c) => c.type === 'bytea') ? BINARY_BATCH_ROWS : BATCH_ROWS;
  await tx.execute(sql.raw(`DECLARE pontis_backup NO SCROLL CURSOR FOR SELECT to_json(ARRAY[${values}]::text[])::text AS line FROM ${quoteIdent(table.name)}`));
  try {
    for (;;) {
      const batch = await rows<{ line: string }>(tx, sql.raw(`FETCH FORWARD ${batchRows} FROM pontis_backup`));
      if (!batch.length) return;
      yield batch.map((r) => r.line);
    }
  } finally {
    await tx.execute(sql.raw('CLOSE pontis_backup'));
  }
}
