import { and, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { auditEvents } from './audit.table.ts';
import type { PastRecords } from './history-contributions.ts';

/** Records are judged by their last snapshot once deleted, so co-owners still see who deleted what. */
export function pastRecords(ctx: ServiceContext): PastRecords {
  return {
    async lastSnapshot(entityType, id) {
      const [row] = await ctx.db
        .select({ before: auditEvents.before, after: auditEvents.after })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, id)))
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
        .limit(1);
      const snapshot = row?.after ?? row?.before;
      return snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>) : null;
    },
  };
}
