import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { orderByForeignKeys } from './table-order.ts';

/**
 * What a backup needs to know about the schema, read from the PostgreSQL catalogue rather than
 * from a hand list, so a table added by a later migration is never forgotten.
 */
export interface CatalogueTable {
  name: string;
  /** Stored columns in position order (generated columns are left out: they are recomputed). */
  columns: { name: string; type: string }[];
  hasIdentity: boolean;
  hasUserTriggers: boolean;
}

export interface Catalogue {
  /** Foreign-key order: a table comes after every table it refers to. */
  tables: CatalogueTable[];
  sequences: string[];
}

export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function readCatalogue(db: Db): Promise<Catalogue> {
  const columns = await rows<{ table_name: string; column_name: string; type: string; is_identity: boolean }>(
    db,
    sql`SELECT c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type,
          a.attidentity <> '' AS is_identity
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY c.relname, a.attnum`,
  );
  const references = await rows<{ from: string; to: string }>(
    db,
    sql`SELECT DISTINCT f.relname AS "from", t.relname AS "to"
        FROM pg_constraint k JOIN pg_class f ON f.oid = k.conrelid JOIN pg_class t ON t.oid = k.confrelid
        WHERE k.contype = 'f' AND f.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
  );
  const triggered = await rows<{ table_name: string }>(
    db,
    sql`SELECT DISTINCT c.relname AS table_name FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        WHERE NOT g.tgisinternal AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())`,
  );
  const sequences = await rows<{ name: string }>(
    db,
    sql`SELECT relname AS name FROM pg_class WHERE relkind = 'S' AND relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY relname`,
  );
  const byTable = new Map<string, CatalogueTable>();
  const withTriggers = new Set(triggered.map((t) => t.table_name));
  for (const c of columns) {
    let table = byTable.get(c.table_name);
    if (!table) {
      table = { name: c.table_name, columns: [], hasIdentity: false, hasUserTriggers: withTriggers.has(c.table_name) };
      byTable.set(c.table_name, table);
    }
    table.columns.push({ name: c.column_name, type: c.type });
    if (c.is_identity) table.hasIdentity = true;
  }
  const order = orderByForeignKeys([...byTable.keys()], references);
  return { tables: order.map((name) => byTable.get(name)!), sequences: sequences.map((s) => s.name) };
}
