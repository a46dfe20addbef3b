import { and, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { callStatusSql, nextDeadlineSql } from './call-status-sql.ts';
import { fundingCalls } from './calls.table.ts';
import type { StoredCall } from './stored-calls.ts';

export interface ConceptFitQuery {
  /** Concept keys: a call fits when it shares at least one. */
  concepts: readonly string[];
  /** LIKE patterns on the upper-cased identifier, and upper-case programme codes: calls of these programmes fit too. */
  programmes: { identifierPatterns: readonly string[]; codes: readonly string[] };
  /** Effective statuses at `now` a call must have. */
  statuses: readonly string[];
  now: Date;
  limit: number;
}

/**
 * The calls sharing a concept with `concepts` (GIN index on concepts) or belonging to the given
 * programmes, in the wanted effective status at `now`, best first: most concepts shared, then
 * the given programmes, then the soonest next deadline, then the identifier. The call radar's
 * candidates (call-radar.service.ts), scored there.
 */
export async function callsSharingConcepts(ctx: ServiceContext, q: ConceptFitQuery): Promise<StoredCall[]> {
  const keys = q.concepts;
  const c = fundingCalls;
  const ofProgrammes = or(
    ...q.programmes.identifierPatterns.map((p) => like(sql`upper(${c.identifier})`, p)),
    inArray(sql`upper(${c.programmeCode})`, [...q.programmes.codes]),
  )!;
  const keyArray = sql`${`{${keys.map((k) => `"${k.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;
  const fits: SQL[] = [ofProgrammes];
  const order: SQL[] = [];
  // Without concepts there is nothing shared to order by. (A constant in its place, `ORDER BY 0`,
  // is read by SQL as a column position and failed the whole radar with a 500.)
  if (keys.length) {
    fits.push(sql`${c.concepts} && ${keyArray}`);
    order.push(sql`cardinality(ARRAY(SELECT unnest(${c.concepts}) INTERSECT SELECT unnest(${keyArray}))) DESC`);
  }
  return ctx.db
    .select()
    .from(c)
    .where(and(or(...fits), inArray(callStatusSql(q.now), [...q.statuses])))
    .orderBy(...order, sql`(CASE WHEN ${ofProgrammes} THEN 1 ELSE 0 END) DESC`, sql`${nextDeadlineSql(q.now)} ASC NULLS LAST`, c.identifier)
    .limit(q.limit);
}
