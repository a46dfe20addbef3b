import { and, asc, count, desc, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { callStatusSql, nextDeadlineSql } from './call-status-sql.ts';
import type { CallDetail, CallListQuery } from './calls.schemas.ts';
import { fundingCalls } from './calls.table.ts';
import { presentCall, presentCallDetail, type CallRow } from './present-call.ts';

const { searchVector: _vector, ...callColumns } = getTableColumns(fundingCalls);
export { callColumns };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters of a call list; `withProgramme: false` leaves the programme out (for its counts). */
function conditions(query: Partial<CallListQuery>, now: Date, withProgramme: boolean): SQL | undefined {
  const status = callStatusSql(now);
  const where: (SQL | undefined)[] = [
    query.status ? sql`${status} = ${query.status}` : sql`${status} IN ('open', 'forthcoming')`,
    query.kind ? eq(fundingCalls.kind, query.kind) : undefined,
    query.concept ? sql`${fundingCalls.concepts} @> ARRAY[${query.concept}]::text[]` : undefined,
    query.deadlineBefore ? sql`${nextDeadlineSql(now)} < ${new Date(query.deadlineBefore).toISOString()}::timestamptz` : undefined,
    withProgramme && query.programme ? sql`upper(${fundingCalls.programmeCode}) = upper(${query.programme})` : undefined,
  ];
  if (query.q) {
    where.push(or(sql`${fundingCalls.searchVector} @@ websearch_to_tsquery('english', ${query.q})`, ilike(fundingCalls.identifier, `${escapeLike(query.q)}%`)));
  }
  return and(...where.filter((w): w is SQL => !!w));
}

/**
 * Calls for anyone to browse: open and forthcoming by default, soonest deadline first, with
 * the programmes of the matching calls for a filter. Statuses are judged at `now`.
 */
export async function listCalls(ctx: ServiceContext, query: CallListQuery, now = new Date()) {
  const where = conditions(query, now, true);
  const next = nextDeadlineSql(now);
  const rows: CallRow[] = await ctx.db
    .select(callColumns)
    .from(fundingCalls)
    .where(where)
    .orderBy(sql`${next} ASC NULLS LAST`, asc(fundingCalls.openingAt), asc(fundingCalls.identifier))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [{ total }] = await ctx.db.select({ total: count() }).from(fundingCalls).where(where);
  const programmes = await ctx.db
    .select({ code: fundingCalls.programmeCode, name: sql<string | null>`max(${fundingCalls.programmeName})`, count: count() })
    .from(fundingCalls)
    .where(and(conditions(query, now, false), sql`${fundingCalls.programmeCode} IS NOT NULL`))
    .groupBy(fundingCalls.programmeCode)
    .orderBy(desc(count()), asc(fundingCalls.programmeCode));
  return {
    items: rows.map((r) => presentCall(r, now)),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
    programmes: programmes.map((p) => ({ code: p.code as string, name: p.name, count: Number(p.count) })),
  };
}

/** One call by its portal identifier (public). */
export async function getCall(ctx: ServiceContext, identifier: string, now = new Date()): Promise<CallDetail> {
  const [row] = await ctx.db.select(callColumns).from(fundingCalls).where(eq(fundingCalls.identifier, identifier));
  if (!row) throw notFound('The call');
  return presentCallDetail(row, now);
}
