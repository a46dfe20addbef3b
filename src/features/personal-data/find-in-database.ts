import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

/**
 * Every table of the database, as listed by the catalogue, with the number of rows in which a
 * text occurs (case-insensitive) in any column, read as text; binary columns are searched for
 * the text's bytes too. Tables added later are searched without anyone listing them: for the
 * erasure tests and for an operator checking an erasure by hand.
 */
export async function findTextInDatabase(db: Db, text: string): Promise<{ table: string; rows: number }[]> {
  const tables = (await db.execute(sql`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`)) as unknown as { rows: { table_name: string }[] };
  const needle = text.toLowerCase();
  const hex = Buffer.from(needle, 'utf8').toString('hex');
  const hits: { table: string; rows: number }[] = [];
  for (const { table_name } of tables.rows) {
    const table = sql.identifier(table_name);
    const result = (await db.execute(sql`
      SELECT count(*)::int AS n FROM ${table} t
       WHERE position(${needle} in lower(t::text)) > 0 OR position(${hex} in lower(t::text)) > 0`)) as unknown as { rows: { n: number }[] };
    const n = Number(result.rows[0].n);
    if (n > 0) hits.push({ table: table_name, rows: n });
  }
  return hits;
}
