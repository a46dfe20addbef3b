import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/database.ts';
import { migrate } from '../../db/migrate.ts';
import { AppError } from '../../shared/errors.ts';
import { backupDamaged } from './backup-format.ts';
import { checkBackupSchema, migrateToBackupSchema } from './backup-schema.ts';
import { readBackup } from './read-backup.ts';
import { quoteIdent, readCatalogue, rows, type Catalogue, type CatalogueTable } from './schema-catalogue.ts';
import { useTextForms } from './text-forms.ts';

/**
 * Tables that a new database holds before anyone uses it: filled by the migrations and by every
 * start (themes, taxonomy), or derived from search_documents (facet rows, totals and deltas).
 * They may have rows in an "empty" target; the backup's rows replace them.
 */
export const REFERENCE_TABLES = new Set([
  'themes',
  'taxonomy_domains',
  'taxonomy_concepts',
  'taxonomy_revision',
  'search_facet_rows',
  'search_facet_totals',
  'search_facet_deltas',
]);

export interface RestoreProgress {
  table: string;
  done: number;
  total: number;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  createdAt: string;
  pontisVersion: string;
  engine: string;
  /** Migrations applied after the data was loaded (a backup of an older Pontis). */
  upgradedWith: string[];
}

/**
 * Loads a backup into an empty database, all or nothing: the target is migrated to the backup's
 * schema, every row is loaded in one transaction (tables in foreign-key order, the search
 * triggers off, since the derived facet tables are in the backup as they were), sequences are
 * set, and the transaction commits only after the file's checksum and row counts have been
 * checked. A backup of an older Pontis is then brought up to date by the remaining migrations.
 * Refuses (AppError) a target holding data, a damaged file, and a backup of a newer schema.
 */
export async function restoreBackup(
  database: Database,
  input: Readable,
  options: { onProgress?: (progress: RestoreProgress) => void | Promise<void> } = {},
): Promise<RestoreSummary> {
  const events = readBackup(input);
  try {
    const first = await events.next();
    if (first.done || first.value.kind !== 'header') throw backupDamaged('it has no header.');
    const header = first.value.header;
    const schema = checkBackupSchema(header);

    const existing = await readCatalogue(database.db);
    if (existing.tables.length) {
      if (!existing.tables.some((t) => t.name === 'schema_migrations')) {
        throw notEmpty('it holds tables that Pontis did not create');
      }
      await refuseUnlessEmpty(database.db, existing);
      const applied = await rows<{ name: string }>(database.db, sql`SELECT name FROM schema_migrations`);
      const ahead = applied.map((a) => String(a.name)).filter((name) => !schema.backupNames.has(name));
      if (ahead.length) {
        throw new AppError(
          'backup_target_newer',
          409,
          `The target database was already migrated past the backup's schema (${ahead.join(', ')}). Restore into a new data directory or database.`,
        );
      }
    }
    await migrateToBackupSchema(database, header);

    let done = 0;
    const total = header.tables.reduce((sum, t) => sum + t.rows, 0);
    await database.db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      await useTextForms(tx);
      const catalogue = await readCatalogue(tx);
      await refuseUnlessEmpty(tx, catalogue);
      const byName = new Map(catalogue.tables.map((t) => [t.name, t]));
      for (const table of [...catalogue.tables].reverse()) {
        if (REFERENCE_TABLES.has(table.name)) await tx.execute(sql.raw(`DELETE FROM ${quoteIdent(table.name)}`));
      }
      // The search triggers would count every loaded search document again on top of the
      // backup's own facet rows and totals.
      const triggered = catalogue.tables.filter((t) => t.hasUserTriggers);
      for (const t of triggered) await tx.execute(sql.raw(`ALTER TABLE ${quoteIdent(t.name)} DISABLE TRIGGER USER`));

      let insertPrefix = '';
      for (;;) {
        const next = await events.next();
        if (next.done) break;
        const event = next.value;
        if (event.kind === 'table') {
          insertPrefix = insertStatement(byName.get(event.table.table), event.table.table, event.table.columns);
        } else if (event.kind === 'rows') {
          await tx.execute(sql`${sql.raw(insertPrefix)}${`[${event.lines.join(',')}]`}${sql.raw('::jsonb) AS e')}`);
          done += event.lines.length;
          await options.onProgress?.({ table: event.table, done, total });
        }
      }
      for (const s of header.sequences) {
        if (!catalogue.sequences.includes(s.name)) throw backupDamaged(`sequence ${s.name} does not exist in this schema.`);
        await tx.execute(sql`SELECT setval(${quoteIdent(s.name)}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`);
      }
      for (const t of triggered) await tx.execute(sql.raw(`ALTER TABLE ${quoteIdent(t.name)} ENABLE TRIGGER USER`));
    });
    const upgradedWith = schema.missing.length ? (await migrate(database)).applied : [];
    return {
      tables: header.tables.length,
      rows: done,
      createdAt: header.createdAt,
      pontisVersion: header.pontisVersion,
      engine: header.engine,
      upgradedWith,
    };
  } finally {
    await events.return(undefined);
  }
}

const notEmpty = (why: string) =>
  new AppError(
    'backup_target_not_empty',
    409,
    `The target database is not empty (${why}), so nothing was restored. Restore into a new data directory (PONTIS_DATA_DIR) or a new PostgreSQL database (DATABASE_URL), before any server has started on it.`,
  );

async function refuseUnlessEmpty(db: Db, catalogue: Catalogue): Promise<void> {
  for (const table of catalogue.tables) {
    if (table.name === 'schema_migrations' || REFERENCE_TABLES.has(table.name)) continue;
    const [{ found }] = await rows<{ found: boolean }>(db, sql.raw(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS found`));
    if (found) throw notEmpty(`table ${table.name} has rows`);
  }
}

/** INSERT … SELECT of one batch: the rows arrive as one JSON array, each value cast from its text form. */
function insertStatement(target: CatalogueTable | undefined, name: string, columns: string[]): string {
  if (!target) throw backupDamaged(`table ${name} does not exist in this schema.`);
  const types = new Map(target.columns.map((c) => [c.name, c.type]));
  const casts = columns.map((column, i) => {
    const type = types.get(column);
    if (!type) throw backupDamaged(`column ${name}.${column} does not exist in this schema.`);
    return `(e->>${i})::${type}`;
  });
  const overriding = target.hasIdentity ? ' OVERRIDING SYSTEM VALUE' : '';
  return `INSERT INTO ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')})${overriding} SELECT ${casts.join(', ')} FROM jsonb_array_elements(`;
}
