import { sql, type SQL } from 'drizzle-orm';
import { fundingCalls } from './calls.table.ts';

/**
 * callStatusAt (call-status.ts) as a SQL expression, for filters and sorting over thousands of
 * calls. `now` is a parameter, never the database clock, so tests and the CLI decide the time.
 */
export function callStatusSql(now: Date): SQL<'forthcoming' | 'open' | 'closed'> {
  const t = now.toISOString();
  const c = fundingCalls;
  return sql<'forthcoming' | 'open' | 'closed'>`(CASE
    WHEN ${c.lastDeadlineAt} IS NOT NULL THEN
      CASE WHEN ${c.lastDeadlineAt} < ${t}::timestamptz THEN 'closed'
           WHEN ${c.openingAt} > ${t}::timestamptz THEN 'forthcoming'
           ELSE 'open' END
    WHEN ${c.openingAt} > ${t}::timestamptz THEN 'forthcoming'
    WHEN ${c.portalStatus} = 'forthcoming' AND ${c.openingAt} IS NOT NULL THEN 'open'
    ELSE COALESCE(${c.portalStatus}, CASE WHEN ${c.openingAt} IS NOT NULL THEN 'open' ELSE 'closed' END)
  END)`;
}

/** The first deadline not yet past at `now` (null when none is left). */
export function nextDeadlineSql(now: Date): SQL<Date | null> {
  return sql<Date | null>`(SELECT min(d) FROM unnest(${fundingCalls.deadlineAts}) AS d WHERE d >= ${now.toISOString()}::timestamptz)`;
}
