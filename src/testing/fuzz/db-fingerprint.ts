import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

/**
 * A hash of every row version of every table, per table, in one query: taken before and after a refused
 * request, it shows whether the refusal changed anything. Leaves out what legitimately changes
 * on any request, refused or not: rate-limit counters and the "last seen" of the session in use.
 */

export type Fingerprint = Map<string, string>;

const SKIPPED_TABLES = new Set(['rate_limit_hits', 'schema_migrations']);
const SKIPPED_COLUMNS = ['last_seen_at', 'last_used_at'];
const CONTENT_HASHED = new Set(['sessions', 'api_tokens']);

const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

export async function fingerprintQuery(db: Db): Promise<string> {
  const tables = rows(
    await db.execute(
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    ),
  )
    .map((r) => String(r.table_name))
    .filter((name) => !SKIPPED_TABLES.has(name) && /^[a-z_][a-z0-9_]*$/.test(name));
  const dropped = SKIPPED_COLUMNS.map((c) => ` - '${c}'`).join('');
  const byContent = (name: string) =>
    `SELECT '${name}' AS t, md5(coalesce(string_agg(x, ',' ORDER BY x), '')) AS h FROM (SELECT (to_jsonb(r)${dropped})::text AS x FROM ${name} r) s`;
  // Every committed insert or update leaves a row version with a new (ctid, xmin), a delete
  // removes one, a rolled-back write leaves nothing visible: hashing those is as strict as
  // hashing the rows and far cheaper. Tables with a touched-on-every-request column go by content.
  const byVersion = (name: string) => `SELECT '${name}' AS t, md5(coalesce(string_agg(ctid::text || xmin::text, ',' ORDER BY ctid), '')) AS h FROM ${name}`;
  return tables.map((name) => (CONTENT_HASHED.has(name) ? byContent(name) : byVersion(name))).join('\nUNION ALL\n');
}

export async function takeFingerprint(db: Db, query: string): Promise<Fingerprint> {
  return new Map(rows(await db.execute(sql.raw(query))).map((r) => [String(r.t), String(r.h)]));
}

/**
 * The next transaction id the server will hand out. A request that wrote nothing, not even in a
 * transaction it rolled back, leaves it where it was: then the (far dearer) fingerprint cannot
 * have changed either and need not be taken. On a shared PostgreSQL server other databases move
 * it too, which only costs a fingerprint, never a missed change.
 */
export async function nextTransactionId(db: Db): Promise<string> {
  return String(rows(await db.execute(sql`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`))[0].x);
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((t) => before.get(t) !== after.get(t));
}
