import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { auditEvents } from './audit.table.ts';

/** A record of the history and a JSON value its state before or after an event must contain (jsonb `@>`). */
export interface SnapshotMatch {
  entityType: string;
  entityId: string;
  contains: unknown;
}

/**
 * The states before and after of the newest audit event, among those of the given records, whose
 * state before or after contains the record's JSON value; undefined when there is none. One
 * indexed read, e.g. for what an item looked like when it was last approved.
 */
export async function newestSnapshotContaining(ctx: ServiceContext, matches: SnapshotMatch[]): Promise<{ before: unknown; after: unknown } | undefined> {
  const [event] = await ctx.db
    .select({ before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(
      or(
        ...matches.map((m) => {
          const json = JSON.stringify(m.contains);
          return and(
            eq(auditEvents.entityType, m.entityType),
            eq(auditEvents.entityId, m.entityId),
            or(sql`${auditEvents.after} @> ${json}::jsonb`, sql`${auditEvents.before} @> ${json}::jsonb`),
          );
        }),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event;
}
