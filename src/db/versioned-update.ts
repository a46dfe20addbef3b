import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { actorUserId } from '../shared/actor.ts';
import type { ServiceContext } from '../shared/context.ts';
import { notFound, versionConflict } from '../shared/errors.ts';

type VersionedTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

/**
 * Optimistic concurrency: updates the row only if it still has the version the editor saw,
 * bumps the version, and stamps who changed it. A stale version raises 409, never overwrites.
 */
export async function updateVersioned<T extends VersionedTable>(
  ctx: ServiceContext,
  table: T,
  what: string,
  id: string,
  expectedVersion: number,
  values: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  const stamp: Record<string, unknown> = {
    ...values,
    version: sql`${table.version} + 1`,
    updatedAt: new Date(),
  };
  if ('updatedBy' in table) stamp.updatedBy = actorUserId(ctx.actor);
  // Versions are 32-bit integers in the database: a larger one (the API takes any safe integer)
  // can match no row, and sent to the database it would fail the statement as out of range.
  const rows = isStorableVersion(expectedVersion)
    ? ((await ctx.db
        .update(table)
        .set(stamp as never)
        .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
        .returning()) as T['$inferSelect'][])
    : [];
  if (rows.length) return rows[0];
  const current = (await ctx.db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(eq(table.id, id))) as { version: number }[];
  if (!current.length) throw notFound(what);
  throw versionConflict(what, current[0].version);
}

const isStorableVersion = (version: number) => Number.isInteger(version) && version >= -2147483648 && version <= 2147483647;

/** Bumps the version of a parent record whose children (themes, cities, parties) changed. */
export async function touchVersioned<T extends VersionedTable>(
  ctx: ServiceContext,
  table: T,
  what: string,
  id: string,
  expectedVersion: number,
): Promise<T['$inferSelect']> {
  return updateVersioned(ctx, table, what, id, expectedVersion, {});
}
