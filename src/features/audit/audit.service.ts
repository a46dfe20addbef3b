import { and, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { auditAuthorColumns } from './audit-author.ts';
import { auditEvents } from './audit.table.ts';

export type AuditAction = 'create' | 'update' | 'delete';

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(
  ctx: ServiceContext,
  entry: { entityType: string; entityId: string; action: AuditAction; before?: unknown; after?: unknown },
): Promise<void> {
  await ctx.db.insert(auditEvents).values({
    ...auditAuthorColumns(ctx.actor),
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

export async function listAuditEvents(ctx: ServiceContext, entityType: string, entityId: string) {
  return ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(500);
}

// Dates become ISO strings and Buffers (documents) are left out of the snapshot.
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && v.type === 'Buffer' ? '[binary]' : v)));
}
