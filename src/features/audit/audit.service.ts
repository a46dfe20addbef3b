import { and, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { DomainEvent } from '../domain-events/index.ts';
import { auditAuthorColumns } from './audit-author.ts';
import { auditEvents } from './audit.table.ts';

export type AuditAction = 'create' | 'update' | 'delete';

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(
  ctx: ServiceContext,
  entry: { entityType: string; entityId: string; action: AuditAction; before?: unknown; after?: unknown },
): Promise<void> {
  await recordHistoryEntries(ctx, [entry]);
}

/** History lines for changes by the context's actor, inserted together (an import writes thousands). */
export async function recordHistoryEntries(ctx: ServiceContext, entries: readonly DomainEvent[]): Promise<void> {
  const author = auditAuthorColumns(ctx.actor);
  const rows = entries.map((entry) => ({
    ...author,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  }));
  // PostgreSQL takes at most 65,535 parameters in one statement.
  for (let i = 0; i < rows.length; i += 1000) await ctx.db.insert(auditEvents).values(rows.slice(i, i + 1000));
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
