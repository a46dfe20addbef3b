import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

/**
 * Fixes, for the current transaction, every setting that changes how values are written as text,
 * so that the backup's text forms mean the same when read back on either engine, whatever the
 * server's defaults: hex bytea, ISO dates in UTC, shortest exact floats.
 */
export async function useTextForms(tx: Db): Promise<void> {
  await tx.execute(sql`SET LOCAL bytea_output = 'hex'`);
  await tx.execute(sql`SET LOCAL DateStyle = 'ISO, YMD'`);
  await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
  await tx.execute(sql`SET LOCAL IntervalStyle = 'postgres'`);
  await tx.execute(sql`SET LOCAL extra_float_digits = 1`);
}
