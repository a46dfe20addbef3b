import { and, eq, gt, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { auditEvents } from './audit.table.ts';

// What a batch of work wrote, found by its history entries: those after the newest one before it.

/** The id of the newest history entry (0 when there is none): what is written next comes after it. */
export async function latestAuditEventId(ctx: Pick<ServiceContext, 'db'>): Promise<number> {
  const [row] = await ctx.db.select({ id: sql<string | number | null>`max(${auditEvents.id})` }).from(auditEvents);
  return Number(row?.id ?? 0);
}

/** The records of a type that history entries after `sinceAuditId` say were given this action (e.g. created). */
export async function entityIdsRecordedSince(ctx: Pick<ServiceContext, 'db'>, sinceAuditId: number, entityType: string, action: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: auditEvents.entityId })
    .from(auditEvents)
    .where(and(gt(auditEvents.id, sinceAuditId), eq(auditEvents.entityType, entityType), eq(auditEvents.action, action)));
  return rows.map((r) => r.id);
}
