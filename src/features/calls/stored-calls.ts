import { eq, getTableColumns, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../shared/context.ts';
import { callStatusSql } from './call-status-sql.ts';
import type { CallStatus } from './calls.table.ts';
import { fundingCalls } from './calls.table.ts';

/** A stored call as other features read it: every column of funding_calls. */
export type StoredCall = typeof fundingCalls.$inferSelect;

/** The call with this id, or undefined. */
export async function callById(ctx: ServiceContext, id: string): Promise<StoredCall | undefined> {
  const [call] = await ctx.db.select().from(fundingCalls).where(eq(fundingCalls.id, id));
  return call;
}

/** The call with this portal identifier (e.g. HORIZON-CL5-2027-01-02), or undefined. */
export async function callByIdentifier(ctx: ServiceContext, identifier: string): Promise<StoredCall | undefined> {
  const [call] = await ctx.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, identifier));
  return call;
}

/** Every stored call, in no particular order (the radar's evaluation reads a small set). */
export async function allStoredCalls(ctx: ServiceContext): Promise<StoredCall[]> {
  return ctx.db.select().from(fundingCalls);
}

/** The identifiers of the calls whose effective status at `now` is one of these. */
export async function callIdentifiersInStatus(ctx: ServiceContext, statuses: readonly CallStatus[], now: Date): Promise<string[]> {
  const rows = await ctx.db
    .select({ identifier: fundingCalls.identifier })
    .from(fundingCalls)
    .where(inArray(callStatusSql(now), [...statuses]));
  return rows.map((r) => r.identifier);
}

const { searchVector: _vector, ...storedCallColumns } = getTableColumns(fundingCalls);

/**
 * The calls (every column but the search vector) as a subquery another feature joins in its own
 * statement, e.g. the calls a user follows: `const call = storedCallsSubquery();
 * db.select({ call: storedCallFields(call), … }).from(t).innerJoin(call, eq(call.id, t.callId))`.
 * PostgreSQL flattens it: the plan is the same as a join of the table itself.
 */
export function storedCallsSubquery<TName extends string = 'call'>(name: TName = 'call' as TName) {
  return new QueryBuilder().select(storedCallColumns).from(fundingCalls).as(name);
}

type StoredCallsSubquery<TName extends string> = ReturnType<typeof storedCallsSubquery<TName>>;

/** All the fields of storedCallsSubquery, to select a whole call row as one nested object. */
export function storedCallFields<TName extends string>(
  call: StoredCallsSubquery<TName>,
): { [K in keyof typeof storedCallColumns]: StoredCallsSubquery<TName>[K] } {
  return Object.fromEntries(Object.keys(storedCallColumns).map((k) => [k, call[k as keyof typeof storedCallColumns]])) as {
    [K in keyof typeof storedCallColumns]: StoredCallsSubquery<TName>[K];
  };
}

/** nextDeadlineSql (call-status-sql.ts) over a deadline array of another statement, e.g. storedCallsSubquery's. */
export function nextDeadlineOf(deadlineAts: AnyColumn | SQL, now: Date): SQL<Date | null> {
  return sql<Date | null>`(SELECT min(d) FROM unnest(${deadlineAts}) AS d WHERE d >= ${now.toISOString()}::timestamptz)`;
}
