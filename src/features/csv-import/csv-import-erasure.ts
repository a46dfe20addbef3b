import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

// The csv-import feature's part of erasing a person or an account (personal-data, GDPR Art. 17):
// uploaded files that contain them are dropped, reports and mappings lose the mentions.

type Rows<T> = { rows: T[] };
const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);

/** An import as the erasure reads it: the texts that may mention someone, JSON parsed. */
export interface CsvImportToScrub {
  id: string;
  fileName: string;
  headers: unknown;
  mapping: unknown;
  report: unknown;
  error: string | null;
}

/** Drops the uploaded files (the import and its report stay) that contain any of these texts, as UTF-8 bytes. */
export async function dropCsvFilesContaining(db: Db, texts: readonly string[]): Promise<void> {
  const inFile = texts.map((v) => sql`position(convert_to(${v}, 'UTF8') in file) > 0`);
  if (inFile.length) await db.execute(sql`UPDATE csv_imports SET file = NULL WHERE file IS NOT NULL AND (${sql.join(inFile, sql` OR `)})`);
}

/**
 * The imports whose report, headers, mapping, file name or error pass a text test: `mentions`
 * turns a text expression into an SQL condition.
 */
export async function csvImportsMentioning(db: Db, mentions: (text: SQL) => SQL): Promise<CsvImportToScrub[]> {
  const rows = (await db.execute(sql`
    SELECT id, file_name, headers, mapping, report, error FROM csv_imports
     WHERE ${mentions(sql`(coalesce(report::text, '') || headers::text || mapping::text || file_name || coalesce(error, ''))`)}`)) as unknown as Rows<{
    id: string;
    file_name: string;
    headers: unknown;
    mapping: unknown;
    report: unknown;
    error: string | null;
  }>;
  return rows.rows.map((row) => ({
    id: row.id,
    fileName: row.file_name,
    headers: json(row.headers),
    mapping: json(row.mapping),
    report: json(row.report),
    error: row.error,
  }));
}

/** Rewrites an import's texts (an erasure blanks the mentions); its counts, state and dates stay. */
export async function redactCsvImport(db: Db, values: CsvImportToScrub): Promise<void> {
  await db.execute(sql`UPDATE csv_imports SET
      file_name = ${values.fileName},
      headers = ${JSON.stringify(values.headers)}::jsonb,
      mapping = ${JSON.stringify(values.mapping)}::jsonb,
      report = ${values.report === null ? null : JSON.stringify(values.report)}::jsonb,
      error = ${values.error}
    WHERE id = ${values.id}::uuid`);
}
