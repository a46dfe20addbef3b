import { and, asc, eq, gt } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { auditEvents } from './audit.table.ts';

// Demo only: the demo seed replays its records through the use cases and then moves their
// history entries to the days they stand for. No use case writes a past day.

/**
 * Dates the history entries after `sinceAuditId` of a type (and of one record, with `entityId`)
 * to a past day; returns the entries moved, with their records.
 */
export async function backdateHistorySince(
  ctx: Pick<ServiceContext, 'db'>,
  sinceAuditId: number,
  of: { entityType: string; entityId?: string },
  at: Date,
): Promise<{ id: number; entityId: string }[]> {
  return ctx.db
    .update(auditEvents)
    .set({ at })
    .where(and(gt(auditEvents.id, sinceAuditId), eq(auditEvents.entityType, of.entityType), of.entityId ? eq(auditEvents.entityId, of.entityId) : undefined))
    .returning({ id: auditEvents.id, entityId: auditEvents.entityId });
}

/**
 * Dates a record's history entries, oldest first, to these days: the n-th entry to the n-th day,
 * the entries beyond the last day to the last day.
 */
export async function backdateRecordHistory(ctx: Pick<ServiceContext, 'db'>, entityType: string, entityId: string, days: Date[]): Promise<void> {
  const entries = await ctx.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id));
  for (const [i, entry] of entries.entries()) {
    await ctx.db
      .update(auditEvents)
      .set({ at: days[Math.min(i, days.length - 1)] })
      .where(eq(auditEvents.id, entry.id));
  }
}
